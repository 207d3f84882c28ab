package dev.storybot.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** One chat exchange with the configured model: a system prompt and a user message in, the reply text out. */
interface ChatBackend {

    /**
     * Sends one request. The returned future completes with the whole reply, or exceptionally with the
     * LangChain4j exception; cancelling it abandons the exchange.
     *
     * @param soFar receives the reply so far while a streaming model writes it (on an HTTP thread)
     */
    CompletableFuture<String> start(String system, String user, Consumer<String> soFar);

    /** A model that streams its reply; {@code soFar} sees it grow. */
    static ChatBackend streaming(StreamingChatModel model) {
        return (system, user, soFar) -> {
            CompletableFuture<String> reply = new CompletableFuture<>();
            StringBuilder text = new StringBuilder();
            try {
                model.chat(request(system, user), new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                        if (reply.isDone()) {
                            context.streamingHandle().cancel(); // abandoned: stop reading the stream
                            return;
                        }
                        text.append(partial.text());
                        soFar.accept(text.toString());
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        String t = response.aiMessage() == null ? null : response.aiMessage().text();
                        reply.complete(t == null ? text.toString() : t);
                    }

                    @Override
                    public void onError(Throwable error) {
                        reply.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                reply.completeExceptionally(e);
            }
            return reply;
        };
    }

    /** A model that answers in one piece, called on {@code executor}; cancelling interrupts the call. */
    static ChatBackend blocking(ChatModel model, ExecutorService executor) {
        return (system, user, soFar) -> {
            CompletableFuture<String> reply = new CompletableFuture<>();
            Future<?> task = executor.submit(() -> {
                try {
                    String t = model.chat(request(system, user)).aiMessage().text();
                    reply.complete(t == null ? "" : t);
                } catch (RuntimeException e) {
                    reply.completeExceptionally(e);
                }
            });
            reply.whenComplete((r, e) -> {
                if (reply.isCancelled()) {
                    task.cancel(true);
                }
            });
            return reply;
        };
    }

    private static ChatRequest request(String system, String user) {
        return ChatRequest.builder().messages(SystemMessage.from(system), UserMessage.from(user)).build();
    }
}
