package dev.storybot.bench;

import java.util.Arrays;

/**
 * A summary of measured durations: count, median, 95th percentile, maximum and mean, in milliseconds.
 * Percentiles use the nearest-rank method on the sorted samples.
 */
record Latency(int count, double p50Ms, double p95Ms, double maxMs, double meanMs) {

    Latency {
        if (count <= 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    /** Summarises durations given in nanoseconds. */
    static Latency ofNanos(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Latency(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.95)), ms(sorted[sorted.length - 1]),
                sum / sorted.length / 1e6);
    }

    private static long rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
