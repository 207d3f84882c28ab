package dev.storybot.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.EmbeddingStoreWithRemovalIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** LangChain4j's own EmbeddingStoreWithRemovalIT suite (the removal contract), run against our store on a fresh SQLite file per test. */
class SqliteEmbeddingStoreRemovalContractTest extends EmbeddingStoreWithRemovalIT {

    @TempDir
    Path dir;
    private Database db;
    private SqliteEmbeddingStore store;

    @AfterEach
    void closeStore() {
        if (db != null) {
            db.close();
        }
    }

    /** Opened on first use: the suites' own {@code @BeforeEach} runs before any of ours. */
    @Override
    protected EmbeddingStore<TextSegment> embeddingStore() {
        if (store == null) {
            db = Database.open(dir.resolve("store.db"));
            store = new SqliteEmbeddingStore(db);
        }
        return store;
    }

    @Override
    protected EmbeddingModel embeddingModel() {
        return Bge.MODEL;
    }
}
