package dev.storybot.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.EmbeddingStoreWithFilteringIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** LangChain4j's own EmbeddingStoreWithFilteringIT suite (the metadata filtering contract), run against our store on a fresh SQLite file per test. */
class SqliteEmbeddingStoreFilteringContractTest extends EmbeddingStoreWithFilteringIT {

    @TempDir
    Path dir;
    private LazyTempStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected EmbeddingStore<TextSegment> embeddingStore() {
        if (store == null) {
            store = new LazyTempStore(dir);
        }
        return store.get();
    }

    @Override
    protected EmbeddingModel embeddingModel() {
        return Bge.MODEL;
    }

    @Override
    protected void clearStore() {
        embeddingStore().removeAll();
    }

    /** Filters run in Java ({@code Filter.test}), so {@code containsString} works too. */
    @Override
    protected boolean supportsContains() {
        return true;
    }
}
