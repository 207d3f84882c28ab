package dev.storybot.discord;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Who may ask now: a per-user cooldown between questions and a cap on questions being answered at once in
 * one server. A refused attempt changes nothing. Thread-safe.
 */
final class AskLimits {

    /** The outcome of {@link #tryStart}. */
    sealed interface Decision {
    }

    /** The question may go ahead; {@link #release()} it when the answer is done (idempotent). */
    static final class Permit implements Decision {
        private final AtomicBoolean released = new AtomicBoolean();
        private final Runnable onRelease;

        private Permit(Runnable onRelease) {
            this.onRelease = onRelease;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                onRelease.run();
            }
        }
    }

    /** The question is refused for now; {@code message} tells the user why and when to try again. */
    record Limited(String message) implements Decision {
    }

    private static final int PRUNE_ABOVE = 10_000;

    private final long cooldownNanos;
    private final int maxPerGuild;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastAsk = new HashMap<>();
    private final Map<String, Integer> running = new HashMap<>();

    /**
     * @param cooldown    least time between two questions of one user (zero for none)
     * @param maxPerGuild most questions answered at once in one server
     * @param nanoTime    a monotonic clock, {@link System#nanoTime} outside tests
     */
    AskLimits(Duration cooldown, int maxPerGuild, LongSupplier nanoTime) {
        if (maxPerGuild < 1) {
            throw new IllegalArgumentException("maxPerGuild must be at least 1: " + maxPerGuild);
        }
        this.cooldownNanos = cooldown.toNanos();
        this.maxPerGuild = maxPerGuild;
        this.nanoTime = nanoTime;
    }

    /** Whether {@code userId} may ask now in {@code guildKey}; a permit also starts the user's cooldown. */
    synchronized Decision tryStart(String userId, String guildKey) {
        long now = nanoTime.getAsLong();
        Long last = lastAsk.get(userId);
        if (last != null && now - last < cooldownNanos) {
            long waitSeconds = Math.max(1, (cooldownNanos - (now - last) + 999_999_999L) / 1_000_000_000L);
            return new Limited("\u23F3 You asked a moment ago: please wait " + waitSeconds + " s before asking again.");
        }
        int inGuild = running.getOrDefault(guildKey, 0);
        if (inGuild >= maxPerGuild) {
            return new Limited("\u23F3 " + inGuild + " questions are already being answered in this server: "
                    + "please try again in a few seconds.");
        }
        running.put(guildKey, inGuild + 1);
        if (cooldownNanos > 0) {
            if (lastAsk.size() > PRUNE_ABOVE) {
                lastAsk.values().removeIf(t -> now - t >= cooldownNanos);
            }
            lastAsk.put(userId, now);
        }
        return new Permit(() -> finished(guildKey));
    }

    /** Questions being answered now in {@code guildKey}. */
    synchronized int running(String guildKey) {
        return running.getOrDefault(guildKey, 0);
    }

    private synchronized void finished(String guildKey) {
        running.computeIfPresent(guildKey, (k, n) -> n <= 1 ? null : n - 1);
    }
}
