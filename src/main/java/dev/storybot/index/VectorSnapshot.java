package dev.storybot.index;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.RelevanceScore;
import dev.langchain4j.store.embedding.filter.Filter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Every stored embedding of one generation, held in memory for brute-force cosine search. Immutable
 * and thread-safe.
 */
final class VectorSnapshot {

    private static final Metadata NO_METADATA = new Metadata();

    private final long generation;
    private final String[] ids;
    private final float[][] vectors;
    private final double[] norms;
    private final TextSegment[] segments;

    private VectorSnapshot(long generation, List<String> ids, List<float[]> vectors, List<TextSegment> segments) {
        this.generation = generation;
        this.ids = ids.toArray(String[]::new);
        this.vectors = vectors.toArray(float[][]::new);
        this.segments = segments.toArray(TextSegment[]::new);
        this.norms = new double[this.vectors.length];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = Math.sqrt(dot(this.vectors[i], this.vectors[i]));
        }
    }

    /** Reads every row of the embeddings table, in insertion order. */
    static VectorSnapshot load(Connection c, long generation) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, vector, text, metadata FROM embeddings ORDER BY seq")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                vectors.add(decode(rs.getBytes(2)));
                String text = rs.getString(3);
                segments.add(text == null ? null : TextSegment.from(text, MetadataJson.read(rs.getString(4))));
            }
        }
        return new VectorSnapshot(generation, ids, vectors, segments);
    }

    long generation() {
        return generation;
    }

    int size() {
        return ids.length;
    }

    /**
     * The {@code maxResults} embeddings most similar to {@code query} whose relevance score
     * ({@link RelevanceScore#fromCosineSimilarity}) is at least {@code minScore} and whose segment
     * metadata passes {@code filter} (when not null; an embedding without a segment has no metadata),
     * best first; ties keep insertion order.
     */
    List<EmbeddingMatch<TextSegment>> search(float[] query, int maxResults, double minScore, Filter filter) {
        double queryNorm = Math.sqrt(dot(query, query));
        Comparator<Hit> worstFirst = Comparator.comparingDouble(Hit::score)
                .thenComparing(Comparator.comparingInt(Hit::index).reversed());
        PriorityQueue<Hit> best = new PriorityQueue<>(worstFirst);
        for (int i = 0; i < ids.length; i++) {
            if (filter != null && !filter.test(metadataOf(i))) {
                continue;
            }
            if (vectors[i].length != query.length) {
                throw new IllegalArgumentException("the query embedding has " + query.length
                        + " dimensions but stored embedding " + ids[i] + " has " + vectors[i].length);
            }
            double denominator = queryNorm * norms[i];
            double cosine = denominator == 0 ? 0 : dot(query, vectors[i]) / denominator;
            double score = RelevanceScore.fromCosineSimilarity(cosine);
            if (score < minScore) {
                continue;
            }
            best.offer(new Hit(i, score));
            if (best.size() > maxResults) {
                best.poll();
            }
        }
        List<Hit> hits = new ArrayList<>(best);
        hits.sort(worstFirst.reversed());
        List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            matches.add(match(hit));
        }
        return matches;
    }

    /** Ids of the embeddings whose metadata passes {@code filter}. */
    List<String> idsMatching(Filter filter) {
        List<String> matching = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (filter.test(metadataOf(i))) {
                matching.add(ids[i]);
            }
        }
        return matching;
    }

    static byte[] encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] decode(byte[] blob) {
        float[] vector = new float[blob.length / Float.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    private Metadata metadataOf(int i) {
        return segments[i] == null ? NO_METADATA : segments[i].metadata();
    }

    /** A match the caller may keep or change without touching this snapshot. */
    private EmbeddingMatch<TextSegment> match(Hit hit) {
        int i = hit.index();
        TextSegment segment = segments[i] == null ? null
                : TextSegment.from(segments[i].text(), segments[i].metadata().copy());
        return new EmbeddingMatch<>(hit.score(), ids[i], Embedding.from(Arrays.copyOf(vectors[i], vectors[i].length)), segment);
    }

    /** Four independent sums let the JIT pipeline (and vectorize) the loop. */
    private static double dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    private record Hit(int index, double score) {
    }
}
