package dev.storybot.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP client LangChain4j's chat models use here, on {@code java.net.http}. Unlike the stock one it
 * <ul>
 *   <li>keeps the provider's {@code Retry-After} on error statuses ({@link ProviderHttpException});</li>
 *   <li>bounds each whole exchange, body and stream included, by the read timeout: a server that stalls
 *       mid-stream is cut off instead of holding a thread;</li>
 *   <li>never follows redirects, so request headers (the API key) go to the configured host only;</li>
 *   <li>speaks HTTP/1.1, which every OpenAI-compatible server and Ollama understand (no h2c upgrade).</li>
 * </ul>
 * It logs nothing. Thread-safe.
 */
final class ProviderHttpClient implements HttpClient {

    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final long BACKSTOP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final java.net.http.HttpClient http;
    private final Duration timeout;

    private ProviderHttpClient(Duration connectTimeout, Duration timeout) {
        this.timeout = timeout;
        this.http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout.compareTo(timeout) < 0 ? connectTimeout : timeout)
                .build();
    }

    /** Builder handed to the LangChain4j model builders; they set both timeouts from their own {@code timeout}. */
    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration d) {
            if (d != null) {
                connectTimeout = d;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration d) {
            if (d != null) {
                readTimeout = d;
            }
            return this;
        }

        @Override
        public ProviderHttpClient build() {
            return new ProviderHttpClient(connectTimeout, readTimeout);
        }
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        CompletableFuture<HttpResponse<InputStream>> sent = http.sendAsync(jdk(request), HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<Void> cutOff = cutOffAfterTimeout(sent);
        try {
            // the request's own timeout ends the wait for headers; this bound is a backstop
            HttpResponse<InputStream> response = sent.get(timeout.toNanos() + BACKSTOP_NANOS, TimeUnit.NANOSECONDS);
            try (InputStream in = response.body()) {
                if (!successful(response)) {
                    throw error(response.statusCode(), response.headers(), in);
                }
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                        .headers(response.headers().map()).body(body).build();
            }
        } catch (java.util.concurrent.TimeoutException e) {
            sent.cancel(true);
            throw new TimeoutException(new HttpTimeoutException("no response within " + timeout.toMillis() + " ms"));
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new TimeoutException(e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (IOException e) {
            throw new TimeoutException(e); // the body was cut off at the timeout
        } finally {
            cutOff.cancel(false);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        CompletableFuture<HttpResponse<InputStream>> sent = http.sendAsync(jdk(request), HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<Void> cutOff = cutOffAfterTimeout(sent);
        sent.whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    quietly(() -> listener.onError(unwrap(failure)));
                    return;
                }
                try (InputStream in = response.body()) {
                    if (!successful(response)) {
                        ProviderHttpException error = error(response.statusCode(), response.headers(), in);
                        quietly(() -> listener.onError(error));
                        return;
                    }
                    SuccessfulHttpResponse open = SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                            .headers(response.headers().map()).build();
                    quietly(() -> listener.onOpen(open));
                    parser.parse(in, listener);
                    quietly(listener::onClose);
                } catch (IOException e) {
                    quietly(() -> listener.onError(e));
                }
            } finally {
                cutOff.cancel(false);
            }
        });
    }

    /**
     * Closes the response body once the timeout has passed since the request was sent (the request timeout only
     * covers the wait for the response headers).
     */
    private CompletableFuture<Void> cutOffAfterTimeout(CompletableFuture<HttpResponse<InputStream>> sent) {
        return CompletableFuture.runAsync(() -> {
            HttpResponse<InputStream> r = sent.getNow(null);
            if (r != null) {
                try {
                    r.body().close();
                } catch (IOException | RuntimeException ignored) {
                    // already closed
                }
            }
        }, CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    private java.net.http.HttpRequest jdk(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            throw new UnsupportedOperationException("multipart requests are not used by chat models");
        }
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(timeout);
        request.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        b.method(request.method().name(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        return b.build();
    }

    private static boolean successful(HttpResponse<?> response) {
        return response.statusCode() >= 200 && response.statusCode() < 300;
    }

    private static ProviderHttpException error(int status, HttpHeaders headers, InputStream body) {
        String text;
        try {
            text = new String(body.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "";
        }
        return new ProviderHttpException(status, text, retryAfter(headers).orElse(null));
    }

    /** The wait asked for by {@code retry-after-ms} or {@code Retry-After} (seconds or an HTTP date). */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> ms = headers.firstValue("retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(ms.get().strip()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        Optional<String> value = headers.firstValue("retry-after");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get().strip();
        try {
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(v) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, HTTP_DATE));
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private RuntimeException unwrap(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
            return new TimeoutException(new HttpTimeoutException("no response within " + timeout.toMillis() + " ms"));
        }
        return t instanceof RuntimeException r ? r : new RuntimeException(t);
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // a listener's failure must not escape into the HTTP client's threads
        }
    }
}
