package dev.storybot.llm;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * An error status from the provider, with the wait it asked for ({@code Retry-After}, {@code retry-after-ms}),
 * which LangChain4j's own {@link HttpException} does not keep. LangChain4j keeps this exception as the cause of
 * the exception it maps it to.
 */
final class ProviderHttpException extends HttpException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** The wait the provider asked for before a retry, when it said. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
