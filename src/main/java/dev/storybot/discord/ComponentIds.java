package dev.storybot.discord;

import dev.storybot.index.FeedbackStore;

import java.util.Optional;

/**
 * Custom ids of storybot's buttons: {@code storybot:passage:<answer>:<n>} and {@code storybot:vote:<answer>:up|down}.
 * The prefix lets storybot's listener share a JDA instance with other bots' listeners: ids without it are not
 * storybot's. Stateless and thread-safe.
 */
final class ComponentIds {

    static final String PREFIX = "storybot:";

    /** What a pressed button asks for. */
    sealed interface Action {
        long answerId();
    }

    /** Show passage {@code n} of stored answer {@code answerId}. */
    record ShowPassage(long answerId, int n) implements Action {
    }

    /** Record a vote on stored answer {@code answerId}. */
    record Vote(long answerId, FeedbackStore.Vote vote) implements Action {
    }

    private ComponentIds() {
    }

    static String passage(long answerId, int n) {
        return PREFIX + "passage:" + answerId + ":" + n;
    }

    static String vote(long answerId, FeedbackStore.Vote vote) {
        return PREFIX + "vote:" + answerId + ":" + (vote == FeedbackStore.Vote.UP ? "up" : "down");
    }

    static boolean isOurs(String customId) {
        return customId != null && customId.startsWith(PREFIX);
    }

    /** The action of a custom id, or empty when it is not one of storybot's (or is malformed). */
    static Optional<Action> parse(String customId) {
        if (!isOurs(customId)) {
            return Optional.empty();
        }
        String[] p = customId.substring(PREFIX.length()).split(":");
        if (p.length != 3) {
            return Optional.empty();
        }
        try {
            long answerId = Long.parseLong(p[1]);
            switch (p[0]) {
                case "passage":
                    return Optional.of(new ShowPassage(answerId, Integer.parseInt(p[2])));
                case "vote":
                    if (p[2].equals("up")) {
                        return Optional.of(new Vote(answerId, FeedbackStore.Vote.UP));
                    }
                    return p[2].equals("down") ? Optional.of(new Vote(answerId, FeedbackStore.Vote.DOWN)) : Optional.empty();
                default:
                    return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
