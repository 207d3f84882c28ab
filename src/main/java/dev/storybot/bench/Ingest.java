package dev.storybot.bench;

import dev.storybot.commands.KnowledgeBase;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one refresh of a knowledge base and times its phases: reading and parsing the files, embedding the
 * passages, and writing them to SQLite. The phases are told apart by the refresh's own progress lines
 * ({@code embedding N/M passages}) and its report's duration. Optionally prints progress with a rate and an
 * estimate of the time left, at most every few seconds. Used by one thread.
 */
final class Ingest implements Consumer<String> {

    private static final Pattern EMBEDDING = Pattern.compile("embedding (\\d+)/(\\d+) passages");
    private static final long PRINT_EVERY_NANOS = 5_000_000_000L;

    /**
     * What one refresh took.
     *
     * @param documents  documents added
     * @param passages   passages embedded and stored
     * @param totalMs    the whole refresh, from scanning the folder to the commit
     * @param readMs     scanning, reading and parsing the files
     * @param embedMs    embedding the passages (NaN when the refresh printed no embedding progress)
     * @param writeMs    writing documents, passages, vectors and the keyword index in one transaction
     */
    record Result(int documents, int passages, double totalMs, double readMs, double embedMs, double writeMs) {

        /** Passages per second of embedding plus SQLite write, the cost of indexing once the text is parsed. */
        double passagesPerSecond() {
            return passages / ((totalMs - readMs) / 1000);
        }

        /** Passages per second of embedding alone. */
        double embeddedPerSecond() {
            return passages / (embedMs / 1000);
        }

        String breakdown() {
            return String.format(Locale.ROOT, "%,d passages in %,d document(s): read+parse %,.0f ms, embed %,.0f ms, "
                    + "SQLite write %,.0f ms, total %,.0f ms", passages, documents, readMs, embedMs, writeMs, totalMs);
        }
    }

    private final PrintStream log;
    private final boolean verbose;
    private long started;
    private long lastEmbedding;
    private long lastPrinted;

    private Ingest(PrintStream log, boolean verbose) {
        this.log = log;
        this.verbose = verbose;
    }

    /** Refreshes {@code knowledge} (expected to be empty, so everything is embedded) and times it. */
    static Result run(KnowledgeBase knowledge, PrintStream log, boolean verbose) {
        Ingest ingest = new Ingest(log, verbose);
        ingest.started = System.nanoTime();
        ingest.lastPrinted = ingest.started;
        KnowledgeBase.Refreshed refreshed = knowledge.refresh(ingest);
        long end = System.nanoTime();
        long indexStart = end - refreshed.report().durationMs() * 1_000_000;
        double embedMs = ingest.lastEmbedding == 0 ? Double.NaN : (ingest.lastEmbedding - indexStart) / 1e6;
        double writeMs = ingest.lastEmbedding == 0 ? Double.NaN : (end - ingest.lastEmbedding) / 1e6;
        return new Result(refreshed.report().added().size(), refreshed.report().passagesAdded(),
                (end - ingest.started) / 1e6, Math.max(0, (indexStart - ingest.started) / 1e6), embedMs, writeMs);
    }

    @Override
    public void accept(String message) {
        long now = System.nanoTime();
        Matcher m = EMBEDDING.matcher(message);
        if (!m.matches()) {
            log.println("[bench] " + message);
            return;
        }
        lastEmbedding = now;
        int done = Integer.parseInt(m.group(1));
        int total = Integer.parseInt(m.group(2));
        if (verbose && (now - lastPrinted >= PRINT_EVERY_NANOS || done == total)) {
            lastPrinted = now;
            double seconds = (now - started) / 1e9;
            double rate = done / seconds;
            log.printf(Locale.ROOT, "[bench] embedding %,d/%,d passages (%.0f%%), %.0f passages/s, about %.0f s left%n",
                    done, total, 100.0 * done / total, rate, (total - done) / rate);
        }
    }
}
