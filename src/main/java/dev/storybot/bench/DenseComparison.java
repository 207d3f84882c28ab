package dev.storybot.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.storybot.index.SqliteEmbeddingStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Dense search over the same embeddings in our {@link SqliteEmbeddingStore} and in LangChain4j's
 * {@code InMemoryEmbeddingStore}, the same queries timed alternately so that both see the same machine state.
 */
final class DenseComparison {

    /** As many candidates as the retriever asks the dense index for. */
    static final int TOP = 30;
    static final String IN_MEMORY_STORE = "dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore";

    /**
     * Timings of both stores over the same queries.
     *
     * @param sameOrder queries for which both returned the same ids in the same order
     * @param sameSet   queries for which both returned the same ids, in any order (near-equal scores may swap)
     */
    record Result(Latency ours, Latency inMemory, int sameOrder, int sameSet, int queries) {
    }

    private DenseComparison() {
    }

    /**
     * A new, empty {@code InMemoryEmbeddingStore}, or empty when it is not on the classpath. It lives in the
     * {@code dev.langchain4j:langchain4j} artifact, not in {@code langchain4j-core}; it is looked up by name so
     * that the benchmark builds and runs (without this comparison) when that artifact is absent.
     */
    @SuppressWarnings("unchecked")
    static Optional<EmbeddingStore<TextSegment>> newInMemoryStore() {
        try {
            return Optional.of((EmbeddingStore<TextSegment>) Class.forName(IN_MEMORY_STORE).getConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + IN_MEMORY_STORE, e);
        }
    }

    /** Copies every embedding of {@code from}, with its id and segment, into {@code to}; returns how many. */
    static int copy(SqliteEmbeddingStore from, EmbeddingStore<TextSegment> to, Embedding anyQuery) {
        List<EmbeddingMatch<TextSegment>> all = from.search(request(anyQuery, from.size())).matches();
        List<String> ids = new ArrayList<>(all.size());
        List<Embedding> embeddings = new ArrayList<>(all.size());
        List<TextSegment> segments = new ArrayList<>(all.size());
        for (EmbeddingMatch<TextSegment> m : all) {
            ids.add(m.embeddingId());
            embeddings.add(m.embedding());
            segments.add(m.embedded());
        }
        to.addAll(ids, embeddings, segments);
        return all.size();
    }

    /** Times {@code rounds} rounds over {@code queries} on both stores, after one untimed round. */
    static Result run(EmbeddingStore<TextSegment> ours, EmbeddingStore<TextSegment> inMemory, List<Embedding> queries,
                      int rounds) {
        for (Embedding q : queries) {
            ours.search(request(q, TOP));
            inMemory.search(request(q, TOP));
        }
        long[] oursNanos = new long[rounds * queries.size()];
        long[] memNanos = new long[oursNanos.length];
        int sameOrder = 0;
        int sameSet = 0;
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (Embedding q : queries) {
                EmbeddingSearchRequest request = request(q, TOP);
                long t0 = System.nanoTime();
                List<EmbeddingMatch<TextSegment>> a = ours.search(request).matches();
                long t1 = System.nanoTime();
                List<EmbeddingMatch<TextSegment>> b = inMemory.search(request).matches();
                long t2 = System.nanoTime();
                oursNanos[i] = t1 - t0;
                memNanos[i] = t2 - t1;
                i++;
                if (r == 0) {
                    sameOrder += ids(a).equals(ids(b)) ? 1 : 0;
                    sameSet += new HashSet<>(ids(a)).equals(new HashSet<>(ids(b))) ? 1 : 0;
                }
            }
        }
        return new Result(Latency.ofNanos(oursNanos), Latency.ofNanos(memNanos), sameOrder, sameSet, queries.size());
    }

    /** Times one store alone (when InMemoryEmbeddingStore is not available). */
    static Latency time(EmbeddingStore<TextSegment> store, List<Embedding> queries, int rounds) {
        queries.forEach(q -> store.search(request(q, TOP)));
        long[] nanos = new long[rounds * queries.size()];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (Embedding q : queries) {
                long t0 = System.nanoTime();
                store.search(request(q, TOP));
                nanos[i++] = System.nanoTime() - t0;
            }
        }
        return Latency.ofNanos(nanos);
    }

    static EmbeddingSearchRequest request(Embedding query, int maxResults) {
        return EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(maxResults).minScore(0.0).build();
    }

    private static List<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
        return matches.stream().map(EmbeddingMatch::embeddingId).toList();
    }
}
