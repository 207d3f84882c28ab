package dev.storybot.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseGetsTheCurrentSchemaInItsOwnNewFolder() {
        Path file = dir.resolve("data/nested/storybot.db");
        try (Database db = Database.open(file)) {
            assertThat(db.path()).isEqualTo(file.toAbsolutePath());
            assertThat(version(db)).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(scalar(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(scalar(db, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'passages_fts'"))
                    .isEqualTo("1");
            assertThat(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name IN ('discord_answers', 'discord_citations', 'feedback')")).isEqualTo("3");
        }
    }

    @Test
    void theCurrentSchemaIsVersion2WithTheDiscordAnswersAndVotes() {
        assertThat(Schema.CURRENT_VERSION).isEqualTo(2);
        assertThat(Schema.MIGRATIONS).extracting(Schema.Migration::version).containsExactly(1, 2);
    }

    @Test
    void reopeningAnUpToDateDatabaseRunsNoMigrationAndKeepsTheData() {
        Path file = dir.resolve("s.db");
        List<Schema.Migration> steps = List.of(
                new Schema.Migration(1, "a table", List.of("CREATE TABLE t (x INTEGER)")),
                new Schema.Migration(2, "a row", List.of("INSERT INTO t VALUES (1)")));
        try (Database db = Database.open(file, steps)) {
            assertThat(version(db)).isEqualTo(2);
        }
        try (Database db = Database.open(file, steps)) {
            assertThat(scalar(db, "SELECT count(*) FROM t")).isEqualTo("1");
        }
        try (Database db = Database.open(file, List.of(steps.get(0), steps.get(1),
                new Schema.Migration(3, "another row", List.of("INSERT INTO t VALUES (3)"))))) {
            assertThat(version(db)).isEqualTo(3);
            assertThat(scalar(db, "SELECT group_concat(x) FROM t")).isEqualTo("1,3");
        }
    }

    @Test
    void reopeningTheRealSchemaIsANoOp() {
        Path file = dir.resolve("s.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                Meta.put(c, "probe", "kept");
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertThat(meta(db, "probe")).isEqualTo("kept");
            assertThat(version(db)).isEqualTo(Schema.CURRENT_VERSION);
        }
    }

    @Test
    void aDatabaseFromANewerStorybotIsRefused() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Schema.CURRENT_VERSION + 1));
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("newer storybot");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftByteForByteAsItWas() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] content = "These are my notes, not a database.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("not a SQLite database");

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(dir.resolve("notes.db-wal")).doesNotExist();
        assertThat(dir.resolve("notes.db-shm")).doesNotExist();
        assertThat(dir.resolve("notes.db-journal")).doesNotExist();
    }

    @Test
    void aShortNonSqliteFileIsRefusedToo() throws Exception {
        Path file = dir.resolve("tiny.db");
        Files.write(file, new byte[]{'S', 'Q', 'L'});
        assertThatThrownBy(() -> Database.open(file)).hasMessageContaining("not a SQLite database");
        assertThat(Files.readAllBytes(file)).containsExactly('S', 'Q', 'L');
    }

    @Test
    void anEmptyFileBecomesANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertThat(version(db)).isEqualTo(Schema.CURRENT_VERSION);
        }
    }

    @Test
    void aFolderAtTheDatabasePathIsRefusedWithAMessageNamingIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("db"));
        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining(folder.toAbsolutePath().toString())
                .hasMessageContaining("is a folder");
    }

    @Test
    void aWriteThatThrowsLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                Meta.put(c, "half", "done");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(meta(db, "half")).isNull();
        }
    }

    @Test
    void aWriteInsideAWriteJoinsItsTransaction() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                db.write(inner -> {
                    Meta.put(inner, "inner", "written");
                    return null;
                });
                assertThat(meta(db, "inner")).as("seen inside the transaction").isEqualTo("written");
                throw new IllegalStateException("outer fails");
            })).hasMessage("outer fails");
            assertThat(meta(db, "inner")).isNull();
        }
    }

    @Test
    void aReaderIsNotBlockedWhileAWriteTransactionIsOpenOnAnotherThread() throws Exception {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            db.write(c -> {
                Meta.put(c, "state", "before");
                return null;
            });
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> db.write(c -> {
                Meta.put(c, "state", "after");
                writing.countDown();
                await(finish);
                return null;
            }));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> meta(db, "state"));
            assertThat(read.get(5, TimeUnit.SECONDS)).as("readers see the last committed state").isEqualTo("before");

            finish.countDown();
            writer.get(10, TimeUnit.SECONDS);
            assertThat(meta(db, "state")).isEqualTo("after");
        }
    }

    @Test
    void aSecondConnectionToTheSameFileSeesCommittedWrites() {
        Path file = dir.resolve("shared.db");
        try (Database first = Database.open(file); Database second = Database.open(file)) {
            SqliteEmbeddingStore reader = new SqliteEmbeddingStore(first);
            assertThat(reader.size()).isZero();
            new SqliteEmbeddingStore(second).add(dev.langchain4j.data.embedding.Embedding.from(new float[]{1, 0}));
            assertThat(reader.size()).as("the cached vectors are reloaded after another process wrote").isEqualTo(1);
        }
    }

    private static int version(Database db) {
        return db.read(Schema::version);
    }

    private static String meta(Database db, String key) {
        return db.read(c -> Meta.get(c, key));
    }

    private static String scalar(Database db, String sql) {
        return db.read(c -> scalar(c, sql));
    }

    private static String scalar(Connection c, String sql) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
