package dev.storybot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.storybot.knowledge.ParsedDocument;
import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.PassageKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prints how long {@code nearest} and {@code keyword} take over a large index (10,000 passages with
 * 384-dimensional vectors, as bge-small produces). Not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> dev.storybot.index.KnowledgeIndexBenchmark [passages]}.
 */
final class KnowledgeIndexBenchmark {

    private static final int DIMENSIONS = 384;

    public static void main(String[] args) throws Exception {
        int passages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(42);
        String[] vocabulary = new String[5_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(random);
        }
        List<ParsedDocument> docs = new ArrayList<>();
        int perDoc = 50;
        for (int d = 0; d * perDoc < passages; d++) {
            String path = "doc" + d + ".md";
            List<Passage> ps = new ArrayList<>();
            for (int i = 1; i <= perDoc && (d * perDoc + i) <= passages; i++) {
                ps.add(new Passage(Passage.idOf(path, i), path, i, "Section " + (i / 10), "paragraph " + i,
                        PassageKind.BODY, sentence(random, vocabulary, 60)));
            }
            docs.add(new ParsedDocument(path, "hash" + d, "Doc " + d, ps));
        }

        Path dir = Files.createTempDirectory("storybot-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            KnowledgeIndex index = new KnowledgeIndex(db, new RandomEmbeddingModel(), "random-384");
            long t0 = System.nanoTime();
            RefreshReport report = index.refresh(docs, msg -> { });
            System.out.printf("refresh (fake embeddings): %d ms, %s%n", (System.nanoTime() - t0) / 1_000_000, report.summary());

            t0 = System.nanoTime();
            index.all();
            System.out.printf("first read (loads the passage cache): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            index.nearest(randomVector(random), 1);
            System.out.printf("first nearest (loads the vectors): %.1f ms%n", (System.nanoTime() - t0) / 1e6);

            int rounds = 300;
            double[] nearest = new double[rounds];
            double[] keyword = new double[rounds];
            for (int warm = 0; warm < 2; warm++) {
                for (int r = 0; r < rounds; r++) {
                    Embedding q = randomVector(random);
                    List<String> terms = List.of(vocabulary[random.nextInt(vocabulary.length)],
                            vocabulary[random.nextInt(vocabulary.length)], vocabulary[random.nextInt(100)]);
                    long a = System.nanoTime();
                    index.nearest(q, 20);
                    long b = System.nanoTime();
                    index.keyword(terms, 20);
                    long c = System.nanoTime();
                    nearest[r] = (b - a) / 1e6;
                    keyword[r] = (c - b) / 1e6;
                }
            }
            print("nearest(limit 20)", nearest);
            print("keyword(3 terms, limit 20)", keyword);
            double[] both = new double[rounds];
            Arrays.setAll(both, i -> nearest[i] + keyword[i]);
            print("nearest + keyword", both);
        }
    }

    private static void print(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-28s median %.2f ms, p95 %.2f ms, max %.2f ms%n", what,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1]);
    }

    private static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        int len = 3 + random.nextInt(7);
        for (int i = 0; i < len; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static String sentence(Random random, String[] vocabulary, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // a skewed draw, so that some words are common and most are rare, as in text
            int k = (int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * vocabulary.length / 4);
            sb.append(i == 0 ? "" : " ").append(vocabulary[k]);
        }
        return sb.append('.').toString();
    }

    private static Embedding randomVector(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Embedding.from(v);
    }

    /** Random unit-free vectors, seeded by the text so that the same text gets the same vector. */
    private static final class RandomEmbeddingModel implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> randomVector(new Random(s.text().hashCode()))).toList());
        }
    }
}
