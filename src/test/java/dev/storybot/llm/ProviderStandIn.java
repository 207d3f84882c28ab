package dev.storybot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A language-model server on loopback speaking the providers' wire formats: OpenAI chat completions (JSON and
 * server-sent events) and Ollama's {@code /api/chat} (JSON and NDJSON). Replies are scripted in order; every
 * request is recorded. Unscripted requests get a 500 that says so.
 */
final class ProviderStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A recorded request. */
    record Request(String method, String path, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The content of the message with this role (system, user). */
        String message(String role) {
            for (JsonNode m : json().get("messages")) {
                if (m.get("role").asText().equals(role)) {
                    return m.get("content").asText();
                }
            }
            return null;
        }
    }

    /** A scripted reply. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange, Request request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private ProviderStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static ProviderStandIn start() {
        try {
            return new ProviderStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:port} */
    String root() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The OpenAI-style base URL, {@code root()/v1}. */
    String v1() {
        return root() + "/v1";
    }

    ProviderStandIn then(Reply reply) {
        script.add(reply);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request last() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), body);
        requests.add(request);
        Reply reply = script.poll();
        try {
            if (reply == null) {
                status(500, "{\"error\":{\"message\":\"no scripted reply\"}}").send(exchange, request);
            } else {
                reply.send(exchange, request);
            }
        } catch (IOException e) {
            // the client went away (it timed out): nothing to do
        } finally {
            exchange.close();
        }
    }

    // ---- OpenAI chat completions ----

    /** A non-streaming chat completion whose message is {@code content}. */
    static Reply openAi(String content) {
        return (ex, req) -> {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "test-model");
            ObjectNode choice = o.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            o.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
            json(ex, 200, o.toString());
        };
    }

    /** A streamed chat completion: one SSE {@code data:} chunk per piece, then {@code [DONE]}. */
    static Reply openAiStream(String... pieces) {
        return (ex, req) -> {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < pieces.length; i++) {
                ObjectNode delta = JSON.createObjectNode();
                if (i == 0) {
                    delta.put("role", "assistant");
                }
                delta.put("content", pieces[i]);
                event(out, chunk(delta, null));
            }
            event(out, chunk(JSON.createObjectNode(), "stop"));
            event(out, "[DONE]");
            out.close();
        };
    }

    /** Sends the headers and the first piece of a stream, then never sends more until the stand-in closes. */
    Reply openAiStreamThatStalls(String first) {
        return (ex, req) -> {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            ObjectNode delta = JSON.createObjectNode().put("role", "assistant").put("content", first);
            event(out, chunk(delta, null));
            awaitRelease();
        };
    }

    private static String chunk(ObjectNode delta, String finishReason) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1).put("model", "test-model");
        ArrayNode choices = o.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return o.toString();
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        pause();
    }

    // ---- Ollama /api/chat ----

    /** A non-streaming Ollama chat reply. */
    static Reply ollama(String content) {
        return (ex, req) -> json(ex, 200, ollamaLine(content, true).toString());
    }

    /** A streamed Ollama chat reply: one NDJSON line per piece, then the {@code done} line. */
    static Reply ollamaStream(String... pieces) {
        return (ex, req) -> {
            ex.getResponseHeaders().set("Content-Type", "application/x-ndjson");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (String piece : pieces) {
                out.write((ollamaLine(piece, false) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                pause();
            }
            out.write((ollamaLine("", true) + "\n").getBytes(StandardCharsets.UTF_8));
            out.close();
        };
    }

    private static ObjectNode ollamaLine(String content, boolean done) {
        ObjectNode o = JSON.createObjectNode();
        o.put("model", "test-model").put("created_at", "2026-11-28T12:00:00Z");
        o.putObject("message").put("role", "assistant").put("content", content);
        o.put("done", done);
        if (done) {
            o.put("done_reason", "stop").put("total_duration", 1000).put("prompt_eval_count", 10).put("eval_count", 5);
        }
        return o;
    }

    // ---- failures ----

    static Reply status(int code, String body) {
        return status(code, body, Map.of());
    }

    static Reply status(int code, String body, Map<String, String> headers) {
        return (ex, req) -> {
            headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            json(ex, code, body);
        };
    }

    /** Accepts the request and never answers (until the stand-in closes). */
    Reply hang() {
        return (ex, req) -> awaitRelease();
    }

    private void awaitRelease() {
        try {
            released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void json(HttpExchange ex, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
