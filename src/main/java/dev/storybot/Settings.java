package dev.storybot;

import io.github.cdimascio.dotenv.Dotenv;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of storybot, loaded once from environment variables with a {@code .env} file in the working
 * directory as fallback, and validated. Every key is documented in {@code .env.example}. {@link #toString()}
 * never shows secrets.
 */
public record Settings(
        Path knowledgeDir,
        Path databasePath,
        Path promptsDir,
        String discordToken,
        String discordGuildId,
        String moderatorRoleId,
        URI discordApiUrl,
        int askCooldownSeconds,
        int maxConcurrentAsksPerGuild,
        String llmProvider,
        String llmBaseUrl,
        String llmApiKey,
        String llmModel,
        int llmTimeoutSeconds,
        Integer llmMaxTokens,
        double llmTemperature) {

    public static final String DEFAULT_DISCORD_API_URL = "https://discord.com/api/v10/";

    /** A setting the user has to fix; the message names the key and says what is expected. */
    public static final class InvalidSettingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidSettingException(String message) {
            super(message);
        }
    }

    /** Loads from the process environment, falling back to {@code .env} in the working directory. */
    public static Settings load() {
        Dotenv dotenv = Dotenv.configure().ignoreIfMissing().ignoreIfMalformed().load();
        Map<String, String> env = System.getenv();
        return from(key -> Optional.ofNullable(env.get(key)).orElseGet(() -> dotenv.get(key, null)));
    }

    /** Loads from a lookup (key to value or null); used by tests and by {@link #load()}. */
    public static Settings from(Function<String, String> lookup) {
        Reader r = new Reader(lookup);
        Settings s = new Settings(
                Path.of(r.text("KNOWLEDGE_DIR", "knowledge")),
                Path.of(r.text("DATABASE_PATH", "data/storybot.db")),
                Path.of(r.text("PROMPTS_DIR", "prompts")),
                r.text("DISCORD_TOKEN", ""),
                r.snowflake("DISCORD_GUILD_ID"),
                r.snowflake("MODERATOR_ROLE_ID"),
                r.url("DISCORD_API_URL", DEFAULT_DISCORD_API_URL),
                r.integer("ASK_COOLDOWN_SECONDS", 10, 0, 3600),
                r.integer("MAX_CONCURRENT_ASKS_PER_GUILD", 4, 1, 100),
                r.text("LLM_PROVIDER", "extractive").toLowerCase(Locale.ROOT),
                r.text("LLM_BASE_URL", ""),
                r.text("LLM_API_KEY", ""),
                r.text("LLM_MODEL", ""),
                r.integer("LLM_TIMEOUT_SECONDS", 20, 1, 600),
                r.optionalInteger("LLM_MAX_TOKENS", 1, 100_000),
                r.decimal("LLM_TEMPERATURE", 0.1, 0.0, 2.0));
        r.failIfAny();
        return s;
    }

    public boolean hasDiscordToken() {
        return !discordToken.isBlank();
    }

    @Override
    public String toString() {
        return "Settings[knowledgeDir=" + knowledgeDir + ", databasePath=" + databasePath + ", promptsDir=" + promptsDir
                + ", discordToken=" + (hasDiscordToken() ? "(set)" : "(none)") + ", discordGuildId=" + discordGuildId
                + ", moderatorRoleId=" + moderatorRoleId + ", discordApiUrl=" + discordApiUrl
                + ", askCooldownSeconds=" + askCooldownSeconds + ", maxConcurrentAsksPerGuild=" + maxConcurrentAsksPerGuild
                + ", llmProvider=" + llmProvider + ", llmBaseUrl=" + llmBaseUrl
                + ", llmApiKey=" + (llmApiKey.isBlank() ? "(none)" : "(set)") + ", llmModel=" + llmModel
                + ", llmTimeoutSeconds=" + llmTimeoutSeconds + ", llmMaxTokens=" + llmMaxTokens
                + ", llmTemperature=" + llmTemperature + "]";
    }

    /** Reads values and collects every problem, so the user sees all of them at once. */
    private static final class Reader {
        private final Function<String, String> lookup;
        private final List<String> problems = new ArrayList<>();

        Reader(Function<String, String> lookup) {
            this.lookup = lookup;
        }

        String text(String key, String fallback) {
            String v = lookup.apply(key);
            return v == null || v.isBlank() ? fallback : v.strip();
        }

        String snowflake(String key) {
            String v = text(key, "");
            if (!v.isEmpty() && !v.matches("\\d{5,25}")) {
                problems.add(key + " must be a numeric Discord id (enable Developer Mode, right-click, Copy ID), got '" + v + "'");
                return "";
            }
            return v;
        }

        URI url(String key, String fallback) {
            String v = text(key, fallback);
            try {
                URI u = URI.create(v.endsWith("/") ? v : v + "/");
                if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                    throw new IllegalArgumentException("not http(s)");
                }
                return u;
            } catch (IllegalArgumentException e) {
                problems.add(key + " must be an http(s) URL, got '" + v + "'");
                return URI.create(fallback);
            }
        }

        int integer(String key, int fallback, int min, int max) {
            Integer v = optionalInteger(key, min, max);
            return v == null ? fallback : v;
        }

        Integer optionalInteger(String key, int min, int max) {
            String v = text(key, "");
            if (v.isEmpty()) {
                return null;
            }
            try {
                int i = Integer.parseInt(v);
                if (i < min || i > max) {
                    problems.add(key + " must be between " + min + " and " + max + ", got " + i);
                    return null;
                }
                return i;
            } catch (NumberFormatException e) {
                problems.add(key + " must be a whole number, got '" + v + "'");
                return null;
            }
        }

        double decimal(String key, double fallback, double min, double max) {
            String v = text(key, "");
            if (v.isEmpty()) {
                return fallback;
            }
            try {
                double d = Double.parseDouble(v);
                if (d < min || d > max) {
                    problems.add(key + " must be between " + min + " and " + max + ", got " + d);
                    return fallback;
                }
                return d;
            } catch (NumberFormatException e) {
                problems.add(key + " must be a number, got '" + v + "'");
                return fallback;
            }
        }

        void failIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidSettingException("Invalid configuration: " + String.join("; ", problems));
            }
        }
    }
}
