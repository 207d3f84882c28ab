package dev.storybot.bench;

import java.lang.management.ManagementFactory;

/** Heap measurements. */
final class Heap {

    private Heap() {
    }

    /** Bytes of heap in use after asking for full collections, so that mostly live objects are counted. */
    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
