package dev.storybot.discord;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Lets an action through at most once per interval (the first call passes). Thread-safe. */
final class Throttle {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private boolean started;
    private long last;

    Throttle(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether the action may run now; if so, the interval starts again. */
    synchronized boolean tryAcquire() {
        long now = nanoTime.getAsLong();
        if (started && now - last < intervalNanos) {
            return false;
        }
        started = true;
        last = now;
        return true;
    }
}
