package dev.storybot.discord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code storybot} as a process, as {@code java -jar} starts it with a token: it runs the bot and stops cleanly on SIGTERM. */
class DiscordBotProcessTest {

    @Test
    void sigtermDisconnectsFromDiscordAndClosesTheDatabase(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("storybot.log");
        try (FakeDiscord discord = new FakeDiscord()) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.storybot.Main")
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
            env.put("DISCORD_API_URL", discord.apiUrl());
            env.put("DISCORD_GUILD_ID", FakeDiscord.GUILD_ID);
            env.put("KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString());
            env.put("DATABASE_PATH", dir.resolve("storybot.db").toString());
            Process process = pb.start();
            try {
                discord.await("command registration", c -> c.method().equals("PUT") && c.path().endsWith("/commands"),
                        Duration.ofSeconds(60));
                process.destroy(); // SIGTERM
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped in time; output:\n%s", Files.readString(log)).isTrue();
            } finally {
                process.destroyForcibly();
            }
            String output = Files.readString(log);
            assertThat(output).contains("Stopping").doesNotContain("Exception").doesNotContain("ERROR");
            assertThat(discord.gatewayCloseCodes()).as("JDA closed the gateway normally").containsExactly(1000);
            assertThat(dir.resolve("storybot.db-wal")).as("every database connection was closed").doesNotExist();
        }
    }
}
