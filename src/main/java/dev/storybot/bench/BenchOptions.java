package dev.storybot.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Benchmark} runs.
 *
 * @param knowledgeDir   the knowledge folder to benchmark on (copied to a temporary folder; never written)
 * @param questionFiles  question files ({@code .txt} or {@code .jsonl}); empty for the set bundled in the jar
 * @param warmupRounds   rounds over the question set before warm latencies are measured
 * @param rounds         measured rounds over the question set on the story
 * @param coldRuns       cold starts in a fresh JVM; 0 to skip them
 * @param scalePassages  passages of the generated knowledge base; 0 to skip the scale run
 * @param scaleRounds    measured rounds over the question set on the scale knowledge base
 * @param keepTemp       keep the temporary folder (databases, generated documents) for inspection
 */
public record BenchOptions(Path knowledgeDir, List<Path> questionFiles, int warmupRounds, int rounds, int coldRuns,
                           int scalePassages, int scaleRounds, boolean keepTemp) {

    /** Smallest generated knowledge base worth calling a scale run. */
    public static final int MIN_SCALE = 1000;

    public BenchOptions {
        questionFiles = List.copyOf(questionFiles);
        require(warmupRounds >= 0, "--warmup must be 0 or more, got " + warmupRounds);
        require(rounds >= 1, "--rounds must be 1 or more, got " + rounds);
        require(coldRuns >= 0, "--cold-runs must be 0 or more, got " + coldRuns);
        require(scalePassages == 0 || scalePassages >= MIN_SCALE,
                "--scale must be at least " + MIN_SCALE + " passages (or use --skip-scale), got " + scalePassages);
        require(scaleRounds >= 1, "--scale-rounds must be 1 or more, got " + scaleRounds);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new BenchException(message);
        }
    }
}
