package dev.storybot.discord;

import dev.storybot.App;
import dev.storybot.Settings;
import dev.storybot.TestWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up problems end in one clear line, before anything slow happens. */
class DiscordBotStartupTest {

    @TempDir
    Path dir;

    private Settings settings(String token, String apiUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("DISCORD_TOKEN", token);
        env.put("DISCORD_API_URL", apiUrl);
        env.put("KNOWLEDGE_DIR", "knowledge");
        env.put("DATABASE_PATH", dir.resolve("storybot.db").toString());
        return Settings.from(env::get);
    }

    @Test
    void aMissingTokenSaysWhereToPutOne() {
        App app = new App(settings("", "http://127.0.0.1:1/api/v10/"), null, null, null, null);
        assertThatThrownBy(() -> DiscordBot.start(app))
                .isInstanceOf(DiscordBot.StartupException.class)
                .hasMessageContaining("DISCORD_TOKEN is not set")
                .hasMessageContaining(".env");
    }

    @Test
    void aRejectedTokenIsOneLineOnStandardErrorAndExitCode2() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(); App app = TestWiring.wire(settings("not-the-token", discord.apiUrl()))) {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream err = System.err;
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = DiscordBot.run(app);
            } finally {
                System.setErr(err);
            }
            String output = captured.toString(StandardCharsets.UTF_8);
            assertThat(code).isEqualTo(2);
            assertThat(output.lines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("storybot: Discord rejected DISCORD_TOKEN (401 Unauthorized)")
                    .contains("Reset Token"));
            assertThat(discord.identify()).as("never got as far as the gateway").isNull();
        }
    }

    @Test
    void anUnreachableApiNamesTheAddress() throws Exception {
        try (App app = TestWiring.wire(settings("some-token", "http://127.0.0.1:1/api/v10/"))) {
            assertThatThrownBy(() -> DiscordBot.start(app))
                    .isInstanceOf(DiscordBot.StartupException.class)
                    .hasMessageContaining("Cannot connect to Discord")
                    .hasMessageContaining("http://127.0.0.1:1/api/v10/");
        }
    }
}
