package dev.storybot.index;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.storybot.answer.PassageIndex;
import dev.storybot.answer.ScoredPassage;
import dev.storybot.knowledge.ParsedDocument;
import dev.storybot.knowledge.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The knowledge index: passages of the knowledge documents with their embeddings and a keyword
 * index, in SQLite, kept up to date by {@link #refresh}.
 *
 * <p>Thread-safe. Reads serve the last committed refresh and never wait for one in progress; the
 * passages are cached in memory until the index's generation changes. Refreshes are serialized.
 */
public final class KnowledgeIndex implements PassageIndex {

    /** Passages embedded per call to the embedding model. */
    static final int EMBEDDING_BATCH = 32;

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

    private final Database db;
    private final SqliteEmbeddingStore store;
    private final EmbeddingModel model;
    private final String modelName;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Passages cache;

    /** The passages of one generation, and the model they were embedded with. */
    private record Passages(long generation, List<Passage> all, Map<String, Passage> byId, String model) {
    }

    /**
     * @param model     embeds passages on refresh; queries must be embedded by the same model
     * @param modelName identifies {@code model}; when it differs from the one the index was built with,
     *                  the next refresh re-embeds everything
     */
    public KnowledgeIndex(Database db, EmbeddingModel model, String modelName) {
        this.db = Objects.requireNonNull(db, "db");
        this.model = Objects.requireNonNull(model, "model");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        this.store = new SqliteEmbeddingStore(db);
    }

    /**
     * {@inheritDoc} Empty while the index was embedded with another model than the configured one
     * (until the next refresh rebuilds it), since the scores would mean nothing.
     */
    @Override
    public List<ScoredPassage> nearest(Embedding query, int limit) {
        Objects.requireNonNull(query, "query");
        Passages passages = passages();
        if (limit <= 0 || passages.all().isEmpty()) {
            return List.of();
        }
        if (!modelName.equals(passages.model())) {
            log.warn("The index was embedded with {} but the configured model is {}: refresh the knowledge base.",
                    passages.model(), modelName);
            return List.of();
        }
        List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(query).maxResults(limit).minScore(0.0).build()).matches();
        List<ScoredPassage> scored = new ArrayList<>(matches.size());
        for (EmbeddingMatch<TextSegment> match : matches) {
            // a refresh may have committed between the two reads: look again before giving up on an id
            Passage p = passages.byId().get(match.embeddingId());
            if (p == null) {
                passages = passages();
                p = passages.byId().get(match.embeddingId());
            }
            if (p != null) {
                scored.add(new ScoredPassage(p, 2 * match.score() - 1)); // relevance score back to cosine
            }
        }
        return scored;
    }

    @Override
    public List<ScoredPassage> keyword(List<String> terms, int limit) {
        Optional<String> match = FtsQuery.anyOf(terms);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        record Result(Passages passages, List<PassageTable.Hit> hits) {
        }
        Result result = db.read(c -> new Result(passages(c), PassageTable.keyword(c, match.get(), limit)));
        List<ScoredPassage> scored = new ArrayList<>(result.hits().size());
        for (PassageTable.Hit hit : result.hits()) {
            Passage p = result.passages().byId().get(hit.id());
            if (p != null) {
                scored.add(new ScoredPassage(p, hit.score()));
            }
        }
        return scored;
    }

    @Override
    public List<Passage> all() {
        return passages().all();
    }

    @Override
    public long generation() {
        return db.read(Meta::generation);
    }

    /** Whether no passage is indexed. */
    public boolean isEmpty() {
        return passages().all().isEmpty();
    }

    public IndexStatus status() {
        return db.read(c -> {
            String refreshed = Meta.get(c, Meta.LAST_REFRESH);
            String stored = Meta.get(c, Meta.EMBEDDING_MODEL);
            return new IndexStatus(PassageTable.count(c, "documents"), PassageTable.count(c, "passages"),
                    refreshed == null ? null : Instant.parse(refreshed), stored == null ? modelName : stored, db.path());
        });
    }

    /**
     * Brings the index in line with {@code docs}: new documents are added, changed ones (by content
     * hash) replaced, absent ones removed; unchanged documents are not re-embedded unless the
     * embedding model changed, in which case everything is. Passages are embedded first, then
     * everything is written in one transaction: if the refresh fails or the process dies, the
     * previous index stays as it was and keeps being served.
     *
     * @param docs     every document that should be indexed
     * @param progress receives progress lines such as {@code embedding 64/450 passages}
     * @throws IllegalArgumentException when two documents share a path or two passages share an id
     * @throws DatabaseException        when another process changed the index during the refresh
     */
    public RefreshReport refresh(List<ParsedDocument> docs, Consumer<String> progress) {
        Objects.requireNonNull(docs, "docs");
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        refreshing.lock();
        try {
            RefreshPlan plan = db.read(c -> RefreshPlan.of(docs, PassageTable.documentHashes(c),
                    Meta.get(c, Meta.EMBEDDING_MODEL), modelName, Meta.generation(c)));
            if (plan.rebuild()) {
                progress.accept("the embedding model changed to " + modelName + ": re-embedding every document");
            }
            List<Passage> passages = plan.passagesToEmbed();
            List<Embedding> embeddings = embed(passages, progress);
            int removedPassages = db.write(c -> apply(c, plan, passages, embeddings));
            RefreshReport report = new RefreshReport(
                    paths(plan.added()), paths(plan.changed()), plan.removed(),
                    plan.unchanged().size(),
                    passages.size(), removedPassages, plan.rebuild(), (System.nanoTime() - start) / 1_000_000);
            log.info("Knowledge index refreshed: {}", report.summary());
            return report;
        } finally {
            refreshing.unlock();
        }
    }

    private List<Embedding> embed(List<Passage> passages, Consumer<String> progress) {
        List<Embedding> embeddings = new ArrayList<>(passages.size());
        for (int from = 0; from < passages.size(); from += EMBEDDING_BATCH) {
            List<TextSegment> batch = passages.subList(from, Math.min(from + EMBEDDING_BATCH, passages.size()))
                    .stream().map(KnowledgeIndex::segment).toList();
            List<Embedding> vectors = model.embedAll(batch).content();
            if (vectors == null || vectors.size() != batch.size()) {
                throw new IllegalStateException("the embedding model returned " + (vectors == null ? "no" : vectors.size())
                        + " embeddings for " + batch.size() + " passages");
            }
            embeddings.addAll(vectors);
            progress.accept("embedding " + embeddings.size() + "/" + passages.size() + " passages");
        }
        return embeddings;
    }

    /** Writes the plan inside the refresh transaction; returns the number of passages removed. */
    private int apply(Connection c, RefreshPlan plan, List<Passage> passages, List<Embedding> embeddings)
            throws SQLException {
        if (Meta.generation(c) != plan.generation()) {
            throw new DatabaseException("The index in " + db.path()
                    + " was changed by another process during the refresh; run the refresh again.");
        }
        int removed = 0;
        if (plan.rebuild()) {
            store.removeAll(); // vectors of the old model are useless, whoever stored them
        }
        for (String path : plan.toDelete()) {
            List<String> ids = PassageTable.passageIds(c, path);
            if (!ids.isEmpty() && !plan.rebuild()) {
                store.removeAll(ids);
            }
            removed += PassageTable.delete(c, path);
        }
        Instant now = Instant.now();
        for (ParsedDocument doc : plan.toWrite()) {
            PassageTable.insert(c, doc, now);
        }
        if (!passages.isEmpty()) {
            store.addAll(passages.stream().map(Passage::id).toList(), embeddings,
                    passages.stream().map(KnowledgeIndex::segment).toList());
        }
        if (plan.changesAnything() || !modelName.equals(Meta.get(c, Meta.EMBEDDING_MODEL))) {
            Meta.bumpGeneration(c);
        }
        Meta.put(c, Meta.EMBEDDING_MODEL, modelName);
        Meta.put(c, Meta.LAST_REFRESH, now.toString());
        return removed;
    }

    /** What is embedded for a passage: its heading and text, tagged with where it comes from. */
    private static TextSegment segment(Passage p) {
        return TextSegment.from(p.retrievalText(), new Metadata()
                .put("source", p.source())
                .put("ordinal", p.ordinal())
                .put("kind", p.kind().name()));
    }

    private Passages passages() {
        return db.read(this::passages);
    }

    /** The passages as of {@code c}'s snapshot, from the cache when its generation is current. */
    private Passages passages(Connection c) throws SQLException {
        long generation = Meta.generation(c);
        Passages cached = cache;
        if (cached != null && cached.generation() == generation) {
            return cached;
        }
        List<Passage> all = PassageTable.all(c);
        Map<String, Passage> byId = new HashMap<>(all.size() * 2);
        all.forEach(p -> byId.put(p.id(), p));
        Passages loaded = new Passages(generation, List.copyOf(all), Map.copyOf(byId), Meta.get(c, Meta.EMBEDDING_MODEL));
        if (!db.inWriteTransaction()) {
            cache = loaded;
        }
        return loaded;
    }

    private static List<String> paths(List<ParsedDocument> docs) {
        return docs.stream().map(ParsedDocument::path).toList();
    }
}
