package dev.storybot.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite database file holding the knowledge index, opened with its schema migrated to the
 * current version.
 *
 * <p>Thread-safe. Writes are serialized: one thread at a time runs its work in a single transaction
 * on the one write connection, committed when the work returns and rolled back when it throws. A
 * write started inside another write on the same thread joins the enclosing transaction. Reads run
 * on separate connections in a read transaction of their own (a consistent snapshot); the database
 * is in WAL mode, so a reader is never blocked by a write in progress and sees only committed data.
 * A read on a thread that is inside a write sees that write's uncommitted changes.
 */
public final class Database implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int MAX_IDLE_READERS = 4;

    private final Path path;
    private final String url;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private Database(Path path) throws SQLException {
        this.path = path;
        this.url = "jdbc:sqlite:" + path;
        this.writer = connect();
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
        } catch (SQLException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    /**
     * Opens (creating it and its parent folders when missing) the database at {@code file} and
     * brings its schema to the current version.
     *
     * @throws DatabaseException when the file is not a SQLite database (the file is left untouched),
     *                           was written by a newer storybot, or cannot be opened
     */
    public static Database open(Path file) {
        return open(file, Schema.MIGRATIONS);
    }

    static Database open(Path file, List<Schema.Migration> migrations) {
        Path path = file.toAbsolutePath();
        checkIsSqliteOrAbsent(path);
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder for the database " + path + ": " + e.getMessage(), e);
        }
        Database db;
        try {
            db = new Database(path);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot open the database " + path + ": " + e.getMessage()
                    + ". Check that the file is readable and writable, or point DATABASE_PATH elsewhere.", e);
        }
        try {
            db.write(c -> {
                Schema.migrate(c, migrations, path);
                return null;
            });
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Refuses, before SQLite touches it, a non-empty file that does not start with the SQLite header. */
    private static void checkIsSqliteOrAbsent(Path path) {
        if (Files.isDirectory(path)) {
            throw new DatabaseException("The database path " + path + " is a folder, not a file. "
                    + "Point DATABASE_PATH at a file, e.g. data/storybot.db.");
        }
        if (!Files.exists(path)) {
            return;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the database " + path + ": " + e.getMessage(), e);
        }
        if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
            throw new DatabaseException("The file " + path + " is not a SQLite database, so storybot will not touch it. "
                    + "Move it away or point DATABASE_PATH at another file.");
        }
    }

    /** The absolute path of the database file. */
    public Path path() {
        return path;
    }

    /** Runs {@code work} in a read transaction and returns its result. */
    <T> T read(SqlWork<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            return call(work, writer);
        }
        Connection c = borrowReader();
        boolean healthy = false;
        try {
            execute(c, "BEGIN");
            T result = work.run(c);
            execute(c, "COMMIT");
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw failure("read from", e);
        } finally {
            release(c, healthy);
        }
    }

    /** Runs {@code work} in the write transaction, committing when it returns, and returns its result. */
    <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            if (writeLock.getHoldCount() > 1) {
                return call(work, writer);
            }
            execute(writer, "BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                execute(writer, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write to", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Whether the current thread is inside {@link #write}. */
    boolean inWriteTransaction() {
        return writeLock.isHeldByCurrentThread();
    }

    /** Closes every connection; a write in progress on another thread finishes first. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            closed = true;
            closeQuietly(writer);
            Connection c;
            while ((c = idleReaders.poll()) != null) {
                closeQuietly(c);
            }
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Database[" + path + "]";
    }

    private <T> T call(SqlWork<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failure("use", e);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            st.execute("PRAGMA foreign_keys = ON");
        }
        return c;
    }

    private Connection borrowReader() {
        ensureOpen();
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        try {
            Connection fresh = connect();
            try (Statement st = fresh.createStatement()) {
                st.execute("PRAGMA query_only = ON");
            }
            return fresh;
        } catch (SQLException e) {
            throw failure("read from", e);
        }
    }

    private void release(Connection c, boolean healthy) {
        if (healthy && !closed && idleReaders.size() < MAX_IDLE_READERS) {
            idleReaders.offer(c);
            if (closed && idleReaders.remove(c)) { // close() ran meanwhile
                closeQuietly(c);
            }
        } else {
            closeQuietly(c);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database is closed: " + path);
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            execute(writer, "ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort: nothing more can be done with a broken connection
        }
    }

    private DatabaseException failure(String verb, SQLException e) {
        return new DatabaseException("Cannot " + verb + " the database " + path + ": " + e.getMessage(), e);
    }
}
