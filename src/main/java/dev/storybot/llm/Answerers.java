package dev.storybot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.storybot.Settings;
import dev.storybot.Settings.InvalidSettingException;
import dev.storybot.answer.Answerer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Chooses the answerer from the settings: {@code LLM_PROVIDER=extractive} (the default) keeps the extractive
 * answerer; {@code openai} (OpenAI and every OpenAI-compatible server) and {@code ollama} (Ollama's native
 * API) answer through a LangChain4j chat model, with the extractive answerer as fallback.
 */
public final class Answerers {

    public static final String EXTRACTIVE = "extractive";
    public static final String OPENAI = "openai";
    public static final String OLLAMA = "ollama";

    private static final Logger LOG = LoggerFactory.getLogger(Answerers.class);

    /** Runs blocking model calls so that the caller can stop waiting at its deadline. Daemon threads. */
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "storybot-llm");
        t.setDaemon(true);
        return t;
    });

    private Answerers() {
    }

    /**
     * The answerer the settings ask for; reads the prompt templates when a model is configured.
     *
     * @param extractive the answerer used when no model is configured, and as the model's fallback
     * @throws InvalidSettingException with one line naming the setting or prompt file to fix
     */
    public static Answerer fromSettings(Settings settings, Answerer extractive) {
        String provider = settings.llmProvider().strip().toLowerCase(Locale.ROOT);
        if (provider.equals(EXTRACTIVE)) {
            return extractive;
        }
        LlmConfig config = LlmConfig.of(settings, provider);
        Prompts prompts = Prompts.load(settings.promptsDir());
        warnIfKeyTravelsInClear(config);
        LOG.info("Answering with {} model {} at {} (time budget {} s, extractive fallback)",
                provider, config.model(), withoutCredentials(config.baseUrl()), config.timeout().toSeconds());
        return build(config, prompts, extractive, true);
    }

    /** Builds the LLM answerer; production and tests share this path. */
    static LlmAnswerer build(LlmConfig config, Prompts prompts, Answerer fallback, boolean streaming) {
        ChatBackend backend = switch (config.provider()) {
            case OPENAI -> streaming ? ChatBackend.streaming(openAiStreaming(config)) : ChatBackend.blocking(openAi(config), EXECUTOR);
            case OLLAMA -> streaming ? ChatBackend.streaming(ollamaStreaming(config)) : ChatBackend.blocking(ollama(config), EXECUTOR);
            default -> throw new IllegalArgumentException("not a model provider: " + config.provider());
        };
        return new LlmAnswerer(backend, prompts, fallback, config.timeout(), new Redactor(config.apiKey()));
    }

    private static OpenAiChatModel openAi(LlmConfig c) {
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                .httpClientBuilder(new ProviderHttpClient.Builder())
                .baseUrl(c.baseUrl()).apiKey(c.apiKeyOrNull()).modelName(c.model())
                .temperature(c.temperature()).timeout(c.timeout()).maxRetries(0)
                .logRequests(false).logResponses(false);
        if (c.maxTokens() != null) {
            if (c.usesMaxCompletionTokens()) {
                b.maxCompletionTokens(c.maxTokens());
            } else {
                b.maxTokens(c.maxTokens());
            }
        }
        return b.build();
    }

    private static StreamingChatModel openAiStreaming(LlmConfig c) {
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder b = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(new ProviderHttpClient.Builder())
                .baseUrl(c.baseUrl()).apiKey(c.apiKeyOrNull()).modelName(c.model())
                .temperature(c.temperature()).timeout(c.timeout())
                .logRequests(false).logResponses(false);
        if (c.maxTokens() != null) {
            if (c.usesMaxCompletionTokens()) {
                b.maxCompletionTokens(c.maxTokens());
            } else {
                b.maxTokens(c.maxTokens());
            }
        }
        return b.build();
    }

    private static ChatModel ollama(LlmConfig c) {
        return OllamaChatModel.builder()
                .httpClientBuilder(new ProviderHttpClient.Builder())
                .baseUrl(c.baseUrl()).modelName(c.model())
                .temperature(c.temperature()).numPredict(c.maxTokens()).timeout(c.timeout())
                .customHeaders(c.bearerHeader()).maxRetries(0)
                .logRequests(false).logResponses(false)
                .build();
    }

    private static StreamingChatModel ollamaStreaming(LlmConfig c) {
        return OllamaStreamingChatModel.builder()
                .httpClientBuilder(new ProviderHttpClient.Builder())
                .baseUrl(c.baseUrl()).modelName(c.model())
                .temperature(c.temperature()).numPredict(c.maxTokens()).timeout(c.timeout())
                .customHeaders(c.bearerHeader())
                .logRequests(false).logResponses(false)
                .build();
    }

    /** The URL as it may be logged: no user info, no query. */
    private static String withoutCredentials(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + (u.getPath() == null ? "" : u.getPath());
    }

    private static void warnIfKeyTravelsInClear(LlmConfig c) {
        URI u = URI.create(c.baseUrl());
        if (c.apiKeyOrNull() == null || !"http".equals(u.getScheme())) {
            return;
        }
        try {
            if (InetAddress.getByName(u.getHost()).isLoopbackAddress()) {
                return;
            }
        } catch (UnknownHostException e) {
            // unresolvable now: warn as for any remote host
        }
        LOG.warn("LLM_API_KEY is sent to {} over plain http; use https for a remote provider", u.getHost());
    }

    /**
     * What the chat models are built from. {@link #toString()} hides the key.
     *
     * @param provider    {@code openai} or {@code ollama}
     * @param baseUrl     the provider's base URL, without a trailing slash
     * @param apiKey      the API key, or blank for none
     * @param model       the model name
     * @param timeout     the time budget of one answer, retries included
     * @param maxTokens   the reply length limit, or null for the provider's default
     * @param temperature sampling temperature
     */
    record LlmConfig(String provider, String baseUrl, String apiKey, String model, Duration timeout,
                     Integer maxTokens, double temperature) {

        /** Reads and checks the LLM settings; every problem goes into one line. */
        static LlmConfig of(Settings s, String provider) {
            List<String> problems = new ArrayList<>();
            if (!provider.equals(OPENAI) && !provider.equals(OLLAMA)) {
                throw new InvalidSettingException("Invalid configuration: LLM_PROVIDER must be " + EXTRACTIVE + ", "
                        + OPENAI + " or " + OLLAMA + ", got '" + s.llmProvider() + "'");
            }
            String example = provider.equals(OPENAI) ? "https://api.openai.com/v1, or your server's /v1 URL"
                    : "http://localhost:11434";
            String url = s.llmBaseUrl().strip();
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            if (url.isEmpty()) {
                problems.add("LLM_BASE_URL is required when LLM_PROVIDER=" + provider + " (e.g. " + example + ")");
            } else if (!isHttpUrl(url)) {
                problems.add("LLM_BASE_URL must be an http(s) URL, got '" + url + "' (e.g. " + example + ")");
            } else if (provider.equals(OLLAMA) && url.endsWith("/v1")) {
                problems.add("LLM_BASE_URL for LLM_PROVIDER=ollama is the server root (e.g. http://localhost:11434); "
                        + "for Ollama's OpenAI-compatible /v1 URL use LLM_PROVIDER=openai");
            }
            if (s.llmModel().isBlank()) {
                problems.add("LLM_MODEL is required when LLM_PROVIDER=" + provider + " (e.g. "
                        + (provider.equals(OPENAI) ? "gpt-4o-mini" : "llama3.1") + ")");
            }
            if (provider.equals(OPENAI) && s.llmApiKey().isBlank() && isHttpUrl(url)
                    && "api.openai.com".equalsIgnoreCase(URI.create(url).getHost())) {
                problems.add("LLM_API_KEY is required for " + url + " (create one at https://platform.openai.com/api-keys)");
            }
            if (!problems.isEmpty()) {
                throw new InvalidSettingException("Invalid configuration: " + String.join("; ", problems));
            }
            return new LlmConfig(provider, url, s.llmApiKey(), s.llmModel().strip(),
                    Duration.ofSeconds(s.llmTimeoutSeconds()), s.llmMaxTokens(), s.llmTemperature());
        }

        private static boolean isHttpUrl(String url) {
            try {
                URI u = URI.create(url);
                return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        String apiKeyOrNull() {
            return apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        }

        /** The key as a bearer token for Ollama (hosted Ollama and proxies in front of it expect one). */
        Map<String, String> bearerHeader() {
            return apiKeyOrNull() == null ? Map.of() : Map.of("Authorization", "Bearer " + apiKeyOrNull());
        }

        /** OpenAI's own API wants {@code max_completion_tokens}; compatible servers know {@code max_tokens}. */
        boolean usesMaxCompletionTokens() {
            return "api.openai.com".equalsIgnoreCase(URI.create(baseUrl).getHost());
        }

        @Override
        public String toString() {
            return "LlmConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey="
                    + (apiKeyOrNull() == null ? "(none)" : "(set)") + ", model=" + model + ", timeout=" + timeout
                    + ", maxTokens=" + maxTokens + ", temperature=" + temperature + "]";
        }
    }
}
