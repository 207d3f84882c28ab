package dev.storybot.discord;

import dev.storybot.Settings;

import java.time.Duration;
import java.util.Objects;

/**
 * How storybot's listener behaves in Discord.
 *
 * @param moderatorRoleId           id of a role whose members may run the moderator commands besides those with
 *                                  Manage Server; blank for none
 * @param askCooldown               least time between two questions of one user
 * @param maxConcurrentAsksPerGuild most questions answered at once in one server
 */
public record DiscordOptions(String moderatorRoleId, Duration askCooldown, int maxConcurrentAsksPerGuild) {

    public DiscordOptions {
        moderatorRoleId = moderatorRoleId == null ? "" : moderatorRoleId.strip();
        Objects.requireNonNull(askCooldown, "askCooldown");
        if (askCooldown.isNegative()) {
            throw new IllegalArgumentException("askCooldown must not be negative: " + askCooldown);
        }
        if (maxConcurrentAsksPerGuild < 1) {
            throw new IllegalArgumentException("maxConcurrentAsksPerGuild must be at least 1: " + maxConcurrentAsksPerGuild);
        }
    }

    /** The options configured by {@code MODERATOR_ROLE_ID}, {@code ASK_COOLDOWN_SECONDS} and {@code MAX_CONCURRENT_ASKS_PER_GUILD}. */
    public static DiscordOptions from(Settings settings) {
        return new DiscordOptions(settings.moderatorRoleId(), Duration.ofSeconds(settings.askCooldownSeconds()),
                settings.maxConcurrentAsksPerGuild());
    }
}
