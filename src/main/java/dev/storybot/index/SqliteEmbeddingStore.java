package dev.storybot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A LangChain4j {@link EmbeddingStore} in the {@code embeddings} table of a {@link Database}:
 * float32 vectors, segment text and metadata (as typed JSON). Search is brute-force cosine similarity
 * over an in-memory copy of the table, reloaded only after the table changed (in this process or
 * another); scores are {@link dev.langchain4j.store.embedding.RelevanceScore#fromCosineSimilarity
 * relevance scores}, best first. Metadata filters are evaluated in Java, so every LangChain4j
 * {@link Filter} is supported.
 *
 * <p>Thread-safe. Every write is one transaction; called inside another {@link Database} write on the
 * same thread, it joins that transaction. Searches never wait for a write in progress.
 */
public final class SqliteEmbeddingStore implements EmbeddingStore<TextSegment> {

    private final Database db;
    private volatile VectorSnapshot snapshot;

    public SqliteEmbeddingStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public String add(Embedding embedding) {
        String id = newId();
        add(id, embedding);
        return id;
    }

    @Override
    public void add(String id, Embedding embedding) {
        addAll(List.of(id), List.of(embedding), null);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = newId();
        addAll(List.of(id), List.of(embedding), Collections.singletonList(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        List<String> ids = generateIds(embeddings.size());
        addAll(ids, embeddings, null);
        return ids;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings, List<TextSegment> segments) {
        List<String> ids = generateIds(embeddings.size());
        addAll(ids, embeddings, segments);
        return ids;
    }

    @Override
    public List<String> generateIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(newId());
        }
        return ids;
    }

    /**
     * Stores each embedding under its id (replacing one stored under the same id) with its segment;
     * {@code segments} may be null, or hold nulls, for embeddings without one.
     */
    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(embeddings, "embeddings");
        if (ids.size() != embeddings.size() || (segments != null && segments.size() != ids.size())) {
            throw new IllegalArgumentException("ids, embeddings and segments must have the same size: "
                    + ids.size() + ", " + embeddings.size() + ", " + (segments == null ? "none" : segments.size()));
        }
        for (String id : ids) {
            requireId(id);
        }
        if (ids.isEmpty()) {
            return;
        }
        db.write(c -> {
            insert(c, ids, embeddings, segments);
            return null;
        });
    }

    @Override
    public void removeAll(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("ids cannot be null or empty");
        }
        db.write(c -> {
            delete(c, ids);
            return null;
        });
    }

    @Override
    public void removeAll(Filter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter cannot be null");
        }
        db.write(c -> {
            List<String> matching = VectorSnapshot.load(c, Meta.generation(c)).idsMatching(filter);
            if (!matching.isEmpty()) {
                delete(c, matching);
            }
            return null;
        });
    }

    @Override
    public void removeAll() {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM embeddings");
            }
            Meta.bumpGeneration(c);
            return null;
        });
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        float[] query = request.queryEmbedding().vector();
        return new EmbeddingSearchResult<>(
                current().search(query, request.maxResults(), request.minScore(), request.filter()));
    }

    /** Number of stored embeddings. */
    public int size() {
        return current().size();
    }

    /** The embeddings as of the last committed write (or the current thread's write in progress). */
    VectorSnapshot current() {
        return db.read(c -> {
            long generation = Meta.generation(c);
            VectorSnapshot cached = snapshot;
            if (cached != null && cached.generation() == generation) {
                return cached;
            }
            VectorSnapshot loaded = VectorSnapshot.load(c, generation);
            // inside a write the rows are uncommitted and the generation may yet roll back: don't keep them
            if (!db.inWriteTransaction()) {
                snapshot = loaded;
            }
            return loaded;
        });
    }

    /** Inserts or replaces rows inside the caller's transaction. */
    static void insert(Connection c, List<String> ids, List<Embedding> embeddings, List<TextSegment> segments)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO embeddings(id, vector, text, metadata) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET vector = excluded.vector, text = excluded.text, metadata = excluded.metadata""")) {
            for (int i = 0; i < ids.size(); i++) {
                TextSegment segment = segments == null ? null : segments.get(i);
                ps.setString(1, ids.get(i));
                ps.setBytes(2, VectorSnapshot.encode(Objects.requireNonNull(embeddings.get(i), "embedding").vector()));
                ps.setString(3, segment == null ? null : segment.text());
                ps.setString(4, segment == null ? null : MetadataJson.write(segment.metadata()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Meta.bumpGeneration(c);
    }

    /** Deletes rows by id inside the caller's transaction. */
    static void delete(Connection c, Collection<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM embeddings WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Meta.bumpGeneration(c);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id cannot be null or blank");
        }
    }
}
