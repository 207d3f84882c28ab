package dev.storybot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A fast, deterministic stand-in for a real embedding model: a bag of hashed words in 64 dimensions,
 * so texts sharing words are similar. Records every text it embeds and can be told to fail.
 */
final class CountingEmbeddingModel implements EmbeddingModel {

    static final int DIMENSIONS = 64;

    private final List<String> embedded = Collections.synchronizedList(new ArrayList<>());
    private volatile int callsBeforeFailure = Integer.MAX_VALUE;

    /** Every text embedded so far, in order. */
    List<String> embeddedTexts() {
        return List.copyOf(embedded);
    }

    int count() {
        return embedded.size();
    }

    /** Lets {@code calls} more calls to {@link #embedAll} succeed, then throws from every later one. */
    void failAfter(int calls) {
        callsBeforeFailure = calls;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (callsBeforeFailure-- <= 0) {
            throw new IllegalStateException("embedding service unavailable");
        }
        List<Embedding> vectors = new ArrayList<>();
        for (TextSegment segment : segments) {
            embedded.add(segment.text());
            vectors.add(vectorOf(segment.text()));
        }
        return Response.from(vectors);
    }

    /** The embedding this model gives {@code text}. */
    static Embedding vectorOf(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
            }
        }
        return Embedding.from(v);
    }

    @Override
    public int dimension() {
        return DIMENSIONS;
    }
}
