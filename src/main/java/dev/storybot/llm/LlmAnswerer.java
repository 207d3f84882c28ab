package dev.storybot.llm;

import dev.langchain4j.exception.HttpException;
import dev.storybot.answer.Answerer;
import dev.storybot.answer.Draft;
import dev.storybot.answer.Evidence;
import dev.storybot.knowledge.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Answers with a language model, keeping the core's guarantees: the model sees the top retrieved passages,
 * numbered, and the question as delimited data; its {@code [n]} markers are checked against those passages and
 * renumbered; every quote is verbatim passage text chosen by {@link Grounder}. A reply that says the story does
 * not say becomes an abstention. Anything else (a reply with no valid citation, a timeout, an HTTP error, a
 * rate limit) ends in the fallback answerer's draft. Retries at most once, for errors worth retrying, honouring
 * {@code Retry-After} when it fits the time budget; the whole exchange stays within the budget.
 * Never throws for a model failure. Never logs, nor returns, the API key. Thread-safe.
 */
final class LlmAnswerer implements Answerer {

    static final String NAME = "llm";
    /** Passages shown to the model: the best few hits. */
    static final int MAX_PASSAGES = 5;
    /** Wait before retrying an error that came without {@code Retry-After}. */
    static final Duration DEFAULT_RETRY_WAIT = Duration.ofMillis(250);
    private static final int MAX_ATTEMPTS = 2;
    private static final int MAX_LOGGED_CHARS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

    private final ChatBackend backend;
    private final Prompts prompts;
    private final Answerer fallback;
    private final Duration budget;
    private final Redactor redactor;

    /**
     * @param budget   time allowed for the model, retries included; past it the fallback answers
     * @param redactor removes the API key from anything logged or returned
     */
    LlmAnswerer(ChatBackend backend, Prompts prompts, Answerer fallback, Duration budget, Redactor redactor) {
        this.backend = backend;
        this.prompts = prompts;
        this.fallback = fallback;
        this.budget = budget;
        this.redactor = redactor;
    }

    @Override
    public Draft answer(String question, Evidence evidence, Consumer<String> partial) {
        List<Passage> passages = evidence.passages().stream().limit(MAX_PASSAGES).toList();
        if (passages.isEmpty()) {
            return fallback.answer(question, evidence, partial); // nothing to cite: no reason to ask the model
        }
        long deadline = System.nanoTime() + budget.toNanos();
        Preview preview = new Preview(partial, passages.size(), redactor);
        try {
            Optional<String> reply = reply(prompts.user(question, passages), preview, deadline);
            preview.close();
            if (reply.isEmpty()) {
                return fallback.answer(question, evidence, partial);
            }
            Grounder.Result grounded = Grounder.ground(redactor.redact(reply.get()), question, passages, evidence.stats());
            switch (grounded.kind()) {
                case GROUNDED:
                    return new Draft(grounded.text(), false, grounded.citations(), NAME);
                case ABSTAINED:
                    return Draft.abstention(grounded.text(), NAME);
                default:
                    LOG.warn("The model's reply cites none of the {} passages it was given; answering extractively", passages.size());
                    return fallback.answer(question, evidence, partial);
            }
        } catch (RuntimeException e) {
            preview.close();
            LOG.warn("Could not use the model's reply ({}); answering extractively", describe(e));
            return fallback.answer(question, evidence, partial);
        }
    }

    /** The model's reply, or empty when it failed or the budget ran out (the reason is logged). */
    private Optional<String> reply(String user, Preview preview, long deadline) {
        for (int attempt = 1; ; attempt++) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                LOG.warn("No reply from the model within {}; answering extractively", seconds(budget));
                return Optional.empty();
            }
            CompletableFuture<String> call = backend.start(prompts.system(), user, preview::reply);
            Throwable failure;
            try {
                return Optional.of(call.get(remaining, TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                call.cancel(true);
                LOG.warn("No reply from the model within {}; answering extractively", seconds(budget));
                return Optional.empty();
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException | CancellationException e) {
                failure = e.getCause() == null ? e : e.getCause();
            }
            Optional<Duration> wait = retryWait(failure);
            String reason = describe(failure);
            if (attempt >= MAX_ATTEMPTS || wait.isEmpty()) {
                LOG.warn("The model failed ({}){}; answering extractively", reason, attempt > 1 ? " again" : "");
                return Optional.empty();
            }
            long waitNanos = wait.get().toNanos();
            if (System.nanoTime() + waitNanos >= deadline) {
                LOG.warn("The model failed ({}) and asked to wait {} ms, beyond the time budget; answering extractively",
                        reason, wait.get().toMillis());
                return Optional.empty();
            }
            LOG.info("The model failed ({}); retrying once in {} ms", reason, wait.get().toMillis());
            try {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /**
     * How long to wait before retrying {@code failure}, or empty when a retry cannot help: rate limits (429,
     * with their {@code Retry-After}), 408, server errors and broken connections are retried; other client
     * errors (a bad key, an unknown model) and timeouts (the budget is spent) are not.
     */
    static Optional<Duration> retryWait(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                if (status == 429 || status == 408 || status >= 500) {
                    Duration asked = t instanceof ProviderHttpException p ? p.retryAfter().orElse(null) : null;
                    return Optional.of(asked == null ? DEFAULT_RETRY_WAIT : asked);
                }
                return Optional.empty();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof TimeoutException
                    || t instanceof java.net.http.HttpTimeoutException) {
                return Optional.empty();
            }
            if (t instanceof IOException) {
                return Optional.of(DEFAULT_RETRY_WAIT);
            }
        }
        return Optional.empty();
    }

    /** A short, key-free description of a failure for the log. */
    private String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                String body = http.getMessage() == null ? "" : http.getMessage().strip();
                return "HTTP " + http.statusCode() + hint(http.statusCode())
                        + (body.isEmpty() ? "" : ": " + shorten(redactor.forLog(body)));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "cannot connect to the provider: check LLM_BASE_URL and that the server is running";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + shorten(redactor.forLog(root.getMessage()));
        return root.getClass().getSimpleName() + message;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (check LLM_API_KEY)";
            case 404 -> " (check LLM_MODEL and LLM_BASE_URL)";
            case 429 -> " (rate limited)";
            default -> "";
        };
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_LOGGED_CHARS ? oneLine : oneLine.substring(0, MAX_LOGGED_CHARS) + "...";
    }

    /**
     * Forwards the reply so far, as {@link Grounder#preview} shows it, to the caller's consumer until closed;
     * after {@link #close()} returns the consumer is never called again.
     */
    private static final class Preview {
        private final Consumer<String> partial;
        private final int passages;
        private final Redactor redactor;
        private boolean open = true;
        private String last = "";

        Preview(Consumer<String> partial, int passages, Redactor redactor) {
            this.partial = partial;
            this.passages = passages;
            this.redactor = redactor;
        }

        synchronized void reply(String soFar) {
            if (!open) {
                return;
            }
            String shown = Grounder.preview(redactor.redact(soFar), passages);
            if (shown.isEmpty() || shown.equals(last)) {
                return;
            }
            last = shown;
            try {
                partial.accept(shown);
            } catch (RuntimeException e) {
                LOG.debug("The partial-answer consumer failed: {}", e.toString());
            }
        }

        synchronized void close() {
            open = false;
        }
    }
}
