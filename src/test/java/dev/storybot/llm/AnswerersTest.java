package dev.storybot.llm;

import dev.storybot.Settings;
import dev.storybot.Settings.InvalidSettingException;
import dev.storybot.answer.Answerer;
import dev.storybot.answer.Draft;
import dev.storybot.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.storybot.llm.Fixtures.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing the answerer from the settings, as {@code Main} does at start-up. */
class AnswerersTest {

    private static final String KEY = "sk-test-0d1e2f3a4b5c6d7e8f9SECRET";
    private final Fixtures.Fallback extractive = new Fixtures.Fallback();

    private static Settings settings(String... keyValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return Settings.from(env::get);
    }

    @Test
    void withNoProviderTheExtractiveAnswererStays() {
        assertThat(Answerers.fromSettings(settings(), extractive)).isSameAs(extractive);
        assertThat(Answerers.fromSettings(settings("LLM_PROVIDER", "Extractive", "PROMPTS_DIR", "/nowhere"), extractive))
                .isSameAs(extractive);
    }

    @Test
    void anUnknownProviderIsOneClearLine() {
        assertThatThrownBy(() -> Answerers.fromSettings(settings("LLM_PROVIDER", "gpt"), extractive))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("Invalid configuration: LLM_PROVIDER must be extractive, openai or ollama, got 'gpt'");
    }

    @Test
    void aMissingModelAndBaseUrlAreReportedTogetherOnOneLine() {
        assertThatThrownBy(() -> Answerers.fromSettings(settings("LLM_PROVIDER", "openai", "LLM_API_KEY", KEY), extractive))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("LLM_BASE_URL is required when LLM_PROVIDER=openai (e.g. https://api.openai.com/v1")
                .hasMessageContaining("LLM_MODEL is required when LLM_PROVIDER=openai (e.g. gpt-4o-mini)")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> Answerers.fromSettings(settings("LLM_PROVIDER", "ollama",
                "LLM_BASE_URL", "http://localhost:11434"), extractive))
                .hasMessage("Invalid configuration: LLM_MODEL is required when LLM_PROVIDER=ollama (e.g. llama3.1)");
    }

    @Test
    void openAisOwnApiNeedsAKey() {
        assertThatThrownBy(() -> Answerers.fromSettings(settings("LLM_PROVIDER", "openai",
                "LLM_BASE_URL", "https://api.openai.com/v1", "LLM_MODEL", "gpt-4o-mini"), extractive))
                .hasMessageContaining("LLM_API_KEY is required for https://api.openai.com/v1");
    }

    @Test
    void ollamaWantsItsServerRootNotTheOpenAiPath() {
        assertThatThrownBy(() -> Answerers.fromSettings(settings("LLM_PROVIDER", "ollama",
                "LLM_BASE_URL", "http://localhost:11434/v1", "LLM_MODEL", "llama3.1"), extractive))
                .hasMessageContaining("use LLM_PROVIDER=openai");
        assertThatThrownBy(() -> Answerers.fromSettings(settings("LLM_PROVIDER", "ollama",
                "LLM_BASE_URL", "localhost:11434", "LLM_MODEL", "llama3.1"), extractive))
                .hasMessageContaining("LLM_BASE_URL must be an http(s) URL, got 'localhost:11434'");
    }

    @Test
    void missingPromptsAreReportedAtStartUpNamingTheFile(@TempDir Path empty) {
        assertThatThrownBy(() -> Answerers.fromSettings(settings("LLM_PROVIDER", "ollama", "LLM_MODEL", "llama3.1",
                "LLM_BASE_URL", "http://localhost:11434", "PROMPTS_DIR", empty.toString()), extractive))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(empty.resolve("system.txt").toString());
    }

    @Test
    void theCommandLinePrintsAMisconfigurationAsOneLine() {
        try (LogCapture console = new LogCapture()) {
            int code = Cli.run(new String[]{"ask", "who opposed the decision"},
                    () -> settings("LLM_PROVIDER", "openai", "LLM_API_KEY", KEY),
                    s -> {
                        Answerers.fromSettings(s, extractive);
                        throw new AssertionError("configuration accepted");
                    },
                    app -> 0);
            assertThat(code).isEqualTo(Cli.USAGE);
            assertThat(console.text().strip()).startsWith("storybot: Invalid configuration: LLM_BASE_URL is required")
                    .doesNotContain("\n").doesNotContain(KEY);
        }
    }

    @Test
    void aConfiguredProviderAnswersThroughTheModelAndStreams() {
        try (ProviderStandIn server = ProviderStandIn.start()) {
            server.then(ProviderStandIn.openAiStream("Hunt and Javid ", "were against it [1]."));
            Answerer answerer = Answerers.fromSettings(settings("LLM_PROVIDER", "OpenAI", "LLM_BASE_URL", server.v1() + "/",
                    "LLM_MODEL", "test-model", "LLM_API_KEY", KEY, "LLM_MAX_TOKENS", "200", "LLM_TIMEOUT_SECONDS", "5"), extractive);
            List<String> partials = new CopyOnWriteArrayList<>();

            Draft d = answerer.answer(QUESTION, Fixtures.evidence(), partials::add);

            assertThat(d.answerer()).isEqualTo("llm");
            assertThat(d.text()).isEqualTo("Hunt and Javid were against it [1].");
            assertThat(partials).isNotEmpty();
            assertThat(server.last().path()).isEqualTo("/v1/chat/completions");
            assertThat(server.last().json().get("max_tokens").asInt()).isEqualTo(200);
        }
    }

    @Test
    void theConfigurationNeverPrintsTheKey() {
        Answerers.LlmConfig c = Fixtures.openAi("https://api.openai.com/v1", KEY, java.time.Duration.ofSeconds(1));
        assertThat(c.toString()).doesNotContain(KEY).contains("apiKey=(set)");
    }
}
