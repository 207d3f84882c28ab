package dev.storybot.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.storybot.App;
import dev.storybot.Settings;
import dev.storybot.answer.Answer;
import dev.storybot.index.SqliteEmbeddingStore;
import dev.storybot.knowledge.KnowledgeFolder;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code storybot bench}: cold start to first answer, warm {@code ask} latency, ingest
 * throughput, and a scale run over a generated knowledge base with a dense-search comparison against
 * LangChain4j's {@code InMemoryEmbeddingStore}. Every database and document it makes lives in a temporary
 * folder, deleted at the end; the user's knowledge folder is only read (copied). Applications are built with
 * the production wiring. Prints progress to the log stream; returns the figures. One run per instance; not
 * thread-safe.
 */
public final class Benchmark {

    /** Folder, inside the scale knowledge base, of the generated documents (the story sits beside it). */
    static final String GENERATED = "generated";
    /** The query model of the dense comparison, used only when the index was built with the same model. */
    static final String QUERY_MODEL = "bge-small-en-v1.5-q";
    private static final long SEED = 20190424L;

    private final Function<Settings, App> wiring;
    private final BenchOptions options;
    private final PrintStream log;
    private final BenchReport report = new BenchReport();

    /**
     * @param wiring  builds an application from settings (the composition root's)
     * @param log     receives progress lines
     */
    public Benchmark(Function<Settings, App> wiring, BenchOptions options, PrintStream log) {
        this.wiring = wiring;
        this.options = options;
        this.log = log;
    }

    /**
     * Runs every part and returns the figures.
     *
     * @throws BenchException when the knowledge folder or a question file is unusable, or a cold start fails
     */
    public BenchReport run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> questions = options.questionFiles().isEmpty()
                ? Questions.bundled() : Questions.load(options.questionFiles());
        Path tmp = Files.createTempDirectory("storybot-bench-");
        try {
            Path knowledge = tmp.resolve("knowledge");
            int files = copyDocuments(options.knowledgeDir(), knowledge);
            describe(questions, files);
            BenchReport.Section cold = report.section("cold_start",
                    "1. Cold start to first answer (new JVM, new database, index built from scratch)");
            BenchReport.Section warm = report.section("warm_ask", "2. Warm ask latency on the story");
            BenchReport.Section ingest = report.section("ingest", "3. Ingest throughput (embedding + SQLite write)");
            BenchReport.Section scale = report.section("scale", "4. Scale run over a generated knowledge base");
            if (options.coldRuns() > 0) {
                coldStart(cold, tmp, knowledge, questions.get(0));
            } else {
                cold.note("skipped: --cold-runs 0");
            }
            story(cold, warm, ingest, tmp.resolve("story.db"), knowledge, questions);
            if (options.scalePassages() > 0) {
                scale(scale, ingest, tmp, knowledge, questions);
            } else {
                scale.note("skipped: --skip-scale");
            }
            report.section("run", "Run").value("total_s", "whole benchmark took", (System.nanoTime() - start) / 1e9, "s", 1);
            return report;
        } finally {
            if (options.keepTemp()) {
                log.println("[bench] kept the temporary folder " + tmp);
            } else {
                deleteTree(tmp);
            }
        }
    }

    private void describe(List<String> questions, int files) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        String memory = os instanceof com.sun.management.OperatingSystemMXBean sun
                ? String.format(Locale.ROOT, ", %.1f GiB RAM", sun.getTotalMemorySize() / (1024.0 * 1024 * 1024)) : "";
        report.context("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
                .replaceAll("\\.\\d+", ""));
        report.context("machine", Runtime.getRuntime().availableProcessors() + " cores" + cpuModel().map(m -> " (" + m + ")").orElse("")
                + memory + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        report.context("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + String.format(Locale.ROOT, ", max heap %.0f MiB", Heap.mib(Runtime.getRuntime().maxMemory())));
        report.context("knowledge", options.knowledgeDir().toAbsolutePath().normalize() + " (" + plural(files, "file") + ", copied to a temporary folder)");
        report.context("questions", questions.size() + " from " + (options.questionFiles().isEmpty()
                ? "the bundled set (" + Questions.BUNDLED + ")"
                : options.questionFiles().stream().map(Path::toString).collect(Collectors.joining(", "))));
    }

    private void coldStart(BenchReport.Section section, Path tmp, Path knowledge, String question)
            throws IOException, InterruptedException {
        List<ColdStart.Run> runs = new ArrayList<>();
        for (int i = 1; i <= options.coldRuns(); i++) {
            ColdStart.Run run = ColdStart.run(tmp, tmp.resolve("cold-" + i + ".db"), knowledge, question);
            log.printf(Locale.ROOT, "[bench] cold start %d/%d: first answer after %.2f s%n", i, options.coldRuns(),
                    run.firstAnswerMs() / 1000);
            runs.add(run);
        }
        section.value("first_answer_ms", "first answer (median of " + runs.size() + " runs)",
                        median(runs.stream().mapToDouble(ColdStart.Run::firstAnswerMs).toArray()), "ms", 0, 5000)
                .text("first_answer_runs_ms", "each run", runs.stream()
                        .map(r -> String.format(Locale.ROOT, "%,.0f", r.firstAnswerMs())).collect(Collectors.joining(" / ")) + " ms")
                .value("process_exit_ms", "process exit (median)",
                        median(runs.stream().mapToDouble(ColdStart.Run::exitMs).toArray()), "ms", 0)
                .value("child_answer_ms", "  of which answering (child's latency_ms)",
                        median(runs.stream().mapToDouble(ColdStart.Run::askMs).toArray()), "ms", 0)
                .note("measured from outside: `java -cp <this classpath> " + ColdStart.MAIN_CLASS + " ask --json \"" + question
                        + "\"` with a new DATABASE_PATH; includes JVM start, class loading, creating the database, loading"
                        + " the ONNX embedding model, reading, embedding and storing the knowledge folder, and answering");
    }

    private void story(BenchReport.Section cold, BenchReport.Section warm, BenchReport.Section ingest, Path database,
                       Path knowledge, List<String> questions) {
        log.println("[bench] story: building the index in this JVM, then timing warm asks");
        long t0 = System.nanoTime();
        try (App app = wiring.apply(settings(database, knowledge))) {
            double wireMs = (System.nanoTime() - t0) / 1e6;
            Ingest.Result built = Ingest.run(app.knowledge(), log, false);
            long t1 = System.nanoTime();
            Answer first = app.asker().ask(questions.get(0));
            long t2 = System.nanoTime();
            cold.value("in_process_first_answer_ms", "in this JVM (already started): to first answer", (t2 - t0) / 1e6, "ms", 0)
                    .text("in_process_breakdown", "  breakdown", String.format(Locale.ROOT,
                            "open database + load model %,.0f ms, build index %,.0f ms, first ask %,.0f ms",
                            wireMs, built.totalMs(), (t2 - t1) / 1e6));
            ingest.value("story_passages_per_s", "story: passages/s (first ingest in this JVM)", built.passagesPerSecond(),
                            "passages/s", 0)
                    .text("story_breakdown", "story: breakdown", built.breakdown());

            for (int r = 0; r < options.warmupRounds(); r++) {
                questions.forEach(app.asker()::ask);
            }
            log.printf(Locale.ROOT, "[bench] story: %d warm-up rounds done, timing %d rounds of %d questions%n",
                    options.warmupRounds(), options.rounds(), questions.size());
            Timed timed = timeAsks(app, questions, options.rounds());
            warm.timing("ask", "ask (AskService.ask, in-process)", timed.latency(), 50)
                    .text("slowest", "slowest questions (median)", timed.slowest())
                    .text("answers", "answered / abstained (one round)", timed.answered() + " / " + timed.abstained())
                    .text("answerer", "answerer", first.answerer())
                    .note(questions.size() + " questions x " + options.rounds() + " rounds after " + options.warmupRounds()
                            + " warm-up rounds; each ask embeds the question, runs vector and FTS5 keyword retrieval,"
                            + " fuses them and composes the extractive answer");
        }
    }

    private void scale(BenchReport.Section section, BenchReport.Section ingest, Path tmp, Path knowledge,
                       List<String> questions) throws InterruptedException, IOException {
        Path folder = tmp.resolve("scale");
        log.printf(Locale.ROOT, "[bench] scale: generating at least %,d passages of news-like documents%n", options.scalePassages());
        long g = System.nanoTime();
        SyntheticNews.Written generated = SyntheticNews.write(folder.resolve(GENERATED), options.scalePassages(), SEED);
        copyDocuments(knowledge, folder);
        double generateMs = (System.nanoTime() - g) / 1e6;
        long heapBefore = Heap.usedAfterGc();
        try (App app = wiring.apply(settings(tmp.resolve("scale.db"), folder))) {
            log.println("[bench] scale: ingesting (embedding every passage with the ONNX model takes a while)");
            Ingest.Result built = Ingest.run(app.knowledge(), log, true);
            ingest.value("scale_passages_per_s", "scale: passages/s", built.passagesPerSecond(), "passages/s", 0)
                    .value("scale_embedded_per_s", "scale: passages/s, embedding alone", built.embeddedPerSecond(), "passages/s", 0)
                    .text("scale_breakdown", "scale: breakdown", built.breakdown());

            long t0 = System.nanoTime();
            app.asker().ask(questions.get(0));
            double firstMs = (System.nanoTime() - t0) / 1e6;
            questions.forEach(app.asker()::ask);
            log.printf(Locale.ROOT, "[bench] scale: timing %d rounds of %d questions%n", options.scaleRounds(), questions.size());
            Timed timed = timeAsks(app, questions, options.scaleRounds());
            long heapApp = Heap.usedAfterGc();
            section.value("passages", "passages indexed", built.passages(), "", 0)
                    .text("documents", "documents", String.format(Locale.ROOT, "%,d generated (%.1f MiB) + the story's %d",
                            generated.documents(), Heap.mib(generated.bytes()), built.documents() - generated.documents()))
                    .value("generate_ms", "generating the documents", generateMs, "ms", 0)
                    .value("ingest_s", "ingest, total", built.totalMs() / 1000, "s", 1)
                    .value("first_ask_ms", "first ask after ingest (loads passages, vectors, corpus statistics)", firstMs, "ms", 0)
                    .timing("ask", "ask (AskService.ask, in-process)", timed.latency(), 100)
                    .text("slowest", "slowest questions (median)", timed.slowest())
                    .text("answers", "citing the story / generated / abstained", timed.fromStory() + " / "
                            + (timed.answered() - timed.fromStory()) + " / " + timed.abstained())
                    .value("heap_used_mib", "heap used after GC, scale index loaded", Heap.mib(heapApp), "MiB", 0)
                    .value("heap_index_mib", "  of which this index (vs. before opening it)", Heap.mib(heapApp - heapBefore), "MiB", 0);
            dense(section, app, questions);
        }
    }

    /** Dense search over the scale index: our store next to LangChain4j's InMemoryEmbeddingStore. */
    private void dense(BenchReport.Section section, App app, List<String> questions) throws InterruptedException {
        String indexModel = app.knowledge().status().embeddingModel();
        if (!QUERY_MODEL.equals(indexModel)) {
            section.note("dense-search comparison skipped: it embeds queries with " + QUERY_MODEL
                    + " but the index was built with " + indexModel);
            return;
        }
        log.println("[bench] scale: dense search, SqliteEmbeddingStore vs InMemoryEmbeddingStore");
        EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
        List<Embedding> queries = questions.stream().map(q -> model.embed(q).content()).toList();
        SqliteEmbeddingStore ours = new SqliteEmbeddingStore(app.database());
        long t0 = System.nanoTime();
        ours.search(DenseComparison.request(queries.get(0), 1));
        double snapshotMs = (System.nanoTime() - t0) / 1e6;
        int rounds = Math.max(3, options.scaleRounds());
        Optional<EmbeddingStore<TextSegment>> empty = DenseComparison.newInMemoryStore();
        if (empty.isEmpty()) {
            section.timing("dense_ours", "dense top-" + DenseComparison.TOP + ", SqliteEmbeddingStore.search",
                            DenseComparison.time(ours, queries, rounds))
                    .note("InMemoryEmbeddingStore comparison skipped: " + DenseComparison.IN_MEMORY_STORE
                            + " is not on the classpath (it is in dev.langchain4j:langchain4j, not langchain4j-core)");
            return;
        }
        long heapBefore = Heap.usedAfterGc();
        long t1 = System.nanoTime();
        EmbeddingStore<TextSegment> inMemory = empty.get();
        int copied = DenseComparison.copy(ours, inMemory, queries.get(0));
        double loadMs = (System.nanoTime() - t1) / 1e6;
        long heapInMemory = Heap.usedAfterGc() - heapBefore;
        DenseComparison.Result r = DenseComparison.run(ours, inMemory, queries, rounds);
        section.timing("dense_ours", "dense top-" + DenseComparison.TOP + ", ours (SqliteEmbeddingStore.search)", r.ours())
                .timing("dense_in_memory", "dense top-" + DenseComparison.TOP + ", LangChain4j InMemoryEmbeddingStore", r.inMemory())
                .value("dense_ratio_p50", "ratio ours / InMemoryEmbeddingStore, p50", r.ours().p50Ms() / r.inMemory().p50Ms(), "x", 2)
                .value("dense_ratio_p95", "ratio ours / InMemoryEmbeddingStore, p95", r.ours().p95Ms() / r.inMemory().p95Ms(), "x", 2)
                .text("dense_agreement", "same top-" + DenseComparison.TOP + " ids: same order / any order",
                        r.sameOrder() + " / " + r.sameSet() + " of " + r.queries() + " queries")
                .value("ours_first_search_ms", "ours: first search after a change (loads vectors from SQLite)", snapshotMs, "ms", 0)
                .value("in_memory_load_ms", "InMemoryEmbeddingStore: loading " + String.format(Locale.ROOT, "%,d", copied) + " embeddings",
                        loadMs, "ms", 0)
                .value("in_memory_heap_mib", "InMemoryEmbeddingStore: heap it holds", Heap.mib(heapInMemory), "MiB", 0)
                .note("both brute force over the same " + String.format(Locale.ROOT, "%,d", copied) + " vectors, "
                        + queries.size() + " question embeddings x " + rounds + " rounds, timed alternately;"
                        + " KnowledgeIndex.nearest is this search plus mapping ids to passages");
        java.lang.ref.Reference.reachabilityFence(inMemory);
    }

    /** Asks every question {@code rounds} times; tallies the answers of the first round. */
    private static Timed timeAsks(App app, List<String> questions, int rounds) {
        long[] nanos = new long[rounds * questions.size()];
        int answered = 0;
        int abstained = 0;
        int fromStory = 0;
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long t0 = System.nanoTime();
                Answer a = app.asker().ask(q);
                nanos[i++] = System.nanoTime() - t0;
                if (r == 0) {
                    if (a.abstained()) {
                        abstained++;
                    } else {
                        answered++;
                        if (a.citations().stream().noneMatch(c -> c.source().startsWith(GENERATED + "/"))) {
                            fromStory++;
                        }
                    }
                }
            }
        }
        return new Timed(Latency.ofNanos(nanos), answered, abstained, fromStory, slowest(questions, nanos, 3));
    }

    /** The {@code n} questions with the highest median time over the rounds, with that time. */
    private static String slowest(List<String> questions, long[] nanos, int n) {
        int rounds = nanos.length / questions.size();
        record Slow(String question, double ms) {
        }
        List<Slow> all = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            double[] times = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                times[r] = nanos[r * questions.size() + q] / 1e6;
            }
            all.add(new Slow(questions.get(q), median(times)));
        }
        all.sort(Comparator.comparingDouble(Slow::ms).reversed());
        return all.stream().limit(n).map(s -> String.format(Locale.ROOT, "%.0f ms \"%s\"", s.ms(),
                s.question().length() > 48 ? s.question().substring(0, 47) + "…" : s.question()))
                .collect(Collectors.joining("; "));
    }

    private record Timed(Latency latency, int answered, int abstained, int fromStory, String slowest) {
    }

    /** Settings for an application on {@code database} and {@code knowledge}, answering extractively. */
    private static Settings settings(Path database, Path knowledge) {
        Map<String, String> env = Map.of("DATABASE_PATH", database.toString(), "KNOWLEDGE_DIR", knowledge.toString(),
                "LLM_PROVIDER", "extractive");
        return Settings.from(env::get);
    }

    /** Copies the documents the knowledge folder reader would read; returns how many. */
    static int copyDocuments(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            throw new BenchException("Knowledge folder not found: " + from.toAbsolutePath()
                    + ". Run the benchmark from the project folder, set KNOWLEDGE_DIR, or pass --knowledge DIR.");
        }
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(KnowledgeFolder::isSupported)
                    .filter(p -> !from.relativize(p).toString().startsWith(".") && !from.relativize(p).toString().contains("/."))
                    .toList();
            if (files.isEmpty()) {
                throw new BenchException("No .md, .txt or .html document in " + from.toAbsolutePath() + ": nothing to benchmark.");
            }
            for (Path file : files) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            return files.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Optional<String> cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.println("[bench] could not delete the temporary folder " + dir + ": " + e.getMessage());
        }
    }
}
