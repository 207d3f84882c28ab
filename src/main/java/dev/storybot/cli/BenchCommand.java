package dev.storybot.cli;

import dev.storybot.App;
import dev.storybot.Settings;
import dev.storybot.bench.BenchException;
import dev.storybot.bench.BenchOptions;
import dev.storybot.bench.BenchReport;
import dev.storybot.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code storybot bench}: prints performance figures (cold start, warm latency, ingest throughput, scale run).
 * Works in a temporary folder; the user's database and knowledge folder are never written.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures storybot and prints the figures, labelled and with units.",
                "Works in a temporary folder: DATABASE_PATH is not used, the knowledge folder",
                "is only read. Takes a few minutes, most of it embedding the scale knowledge",
                "base; progress goes to standard error.",
                "",
                "1. Cold start to first answer: `ask --json` in a new JVM with a new database,",
                "   timed until the answer is printed (JVM start, loading the ONNX model,",
                "   building the index from the knowledge folder, answering); and the same in",
                "   this JVM, with a breakdown. Target: 5 s.",
                "2. Warm ask latency: p50/p95/max of AskService.ask in this JVM, after warm-up,",
                "   over several rounds of the question set. Target: p95 50 ms.",
                "3. Ingest throughput: passages per second of embedding plus SQLite write, on",
                "   the story (first ingest of the JVM) and on the scale knowledge base, with a",
                "   breakdown (read+parse, embed, write).",
                "4. Scale run: generated news-like documents (headlines, question headings,",
                "   paragraphs, captions) with at least --scale passages, plus the story,",
                "   ingested through the real knowledge base; ask p50/p95 over the question set",
                "   (target: p95 100 ms); heap used after GC; dense top-30 search in our SQLite",
                "   store next to LangChain4j's InMemoryEmbeddingStore over the same vectors",
                "   and queries, with the ratio.",
                ""},
        footer = {"", "Examples:",
                "  java -jar target/storybot.jar bench",
                "  java -jar target/storybot.jar bench --skip-scale --json",
                "  java -jar target/storybot.jar bench --questions src/test/resources/eval/dev.jsonl --scale 20000"})
final class BenchCommand implements Callable<Integer> {

    private final Supplier<Settings> settings;
    private final Function<Settings, App> wiring;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "Question file, .txt (one a line, # comments) or .jsonl (\"q\" fields); repeatable. "
                    + "Default: the set bundled in the jar (the eval questions and ~40 more, answerable and not).")
    List<Path> questions = List.of();

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Knowledge folder to benchmark on (copied, never written). Default: KNOWLEDGE_DIR, or knowledge.")
    Path knowledge;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Measured rounds over the question set for warm latency (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Untimed rounds before warm latency is measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "3",
            description = "Cold starts in a new JVM; the median is reported; 0 skips them (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--scale", paramLabel = "PASSAGES", defaultValue = "10000",
            description = "Passages in the generated knowledge base of the scale run (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--scale-rounds", paramLabel = "N", defaultValue = "3",
            description = "Measured rounds over the question set in the scale run (default: ${DEFAULT-VALUE}).")
    int scaleRounds;

    @Option(names = "--skip-scale", description = "Leave out the scale run (the longest part).")
    boolean skipScale;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of text.")
    boolean json;

    @Option(names = "--keep-temp", description = "Keep the temporary folder (databases, generated documents) and print its path.")
    boolean keepTemp;

    BenchCommand(Supplier<Settings> settings, Function<Settings, App> wiring, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.wiring = wiring;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        try {
            BenchOptions options = new BenchOptions(knowledge != null ? knowledge : settings.get().knowledgeDir(),
                    questions, warmup, rounds, coldRuns, skipScale ? 0 : scale, scaleRounds, keepTemp);
            BenchReport report = new Benchmark(wiring, options, err).run();
            out.println(json ? report.json().toPrettyString() : report.text());
            return 0;
        } catch (BenchException e) {
            err.println("storybot: " + e.getMessage());
            return Cli.USAGE;
        }
    }
}
