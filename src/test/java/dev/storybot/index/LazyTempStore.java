package dev.storybot.index;

import java.nio.file.Path;

/**
 * A {@link SqliteEmbeddingStore} on a fresh SQLite file, opened on first use (LangChain4j's contract suites call
 * {@code embeddingStore()} from their own {@code @BeforeEach}, before ours run) and closed after each test.
 * Not thread-safe: one per test instance.
 */
final class LazyTempStore implements AutoCloseable {

    private final Path file;
    private Database db;
    private SqliteEmbeddingStore store;

    LazyTempStore(Path dir) {
        this.file = dir.resolve("store.db");
    }

    SqliteEmbeddingStore get() {
        if (store == null) {
            db = Database.open(file);
            store = new SqliteEmbeddingStore(db);
        }
        return store;
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
