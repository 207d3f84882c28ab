package dev.storybot.discord;

import dev.storybot.answer.Answer;
import dev.storybot.answer.Citation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The answers storybot posted in Discord (with their citations, so that a button can show a cited passage
 * after a restart) and the 👍/👎 votes on them, each vote with the question, the answer and the voter's user
 * id. Lives in SQLite, in tables of its own ({@code discord_answers}, {@code discord_citations},
 * {@code feedback}) that it creates when missing; it can share the index's database file, whose schema it
 * does not touch.
 *
 * <p>Thread-safe: every method runs on one connection under this object's lock; each write is one transaction.
 */
public final class FeedbackStore implements AutoCloseable {

    /** A vote on an answer. */
    public enum Vote {
        UP(1), DOWN(-1);

        final int value;

        Vote(int value) {
            this.value = value;
        }

        static Vote of(int value) {
            return value > 0 ? UP : DOWN;
        }
    }

    /** An answer as stored: what the question was, what storybot said and what it cited. */
    record StoredAnswer(long id, String question, String text, boolean abstained, List<Citation> citations) {
        StoredAnswer {
            citations = List.copyOf(citations);
        }

        Optional<Citation> citation(int n) {
            return citations.stream().filter(c -> c.n() == n).findFirst();
        }
    }

    /** One stored vote. */
    record Feedback(long answerId, String userId, Vote vote, String question, String answer, Instant votedAt) {
    }

    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS discord_answers (
                id         INTEGER PRIMARY KEY,
                created_at TEXT NOT NULL,
                guild_id   TEXT,
                user_id    TEXT NOT NULL,
                question   TEXT NOT NULL,
                answer     TEXT NOT NULL,
                abstained  INTEGER NOT NULL,
                answerer   TEXT NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS discord_citations (
                answer_id INTEGER NOT NULL REFERENCES discord_answers(id) ON DELETE CASCADE,
                n         INTEGER NOT NULL,
                source    TEXT NOT NULL,
                location  TEXT NOT NULL,
                passage   TEXT NOT NULL,
                quote     TEXT NOT NULL,
                PRIMARY KEY (answer_id, n)
            )""",
            """
            CREATE TABLE IF NOT EXISTS feedback (
                answer_id INTEGER NOT NULL REFERENCES discord_answers(id) ON DELETE CASCADE,
                user_id   TEXT NOT NULL,
                vote      INTEGER NOT NULL CHECK (vote IN (-1, 1)),
                question  TEXT NOT NULL,
                answer    TEXT NOT NULL,
                voted_at  TEXT NOT NULL,
                PRIMARY KEY (answer_id, user_id)
            )""");

    private final Connection connection;
    private final Clock clock;

    private FeedbackStore(Connection connection, Clock clock) throws SQLException {
        this.connection = connection;
        this.clock = clock;
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            st.execute("PRAGMA foreign_keys = ON");
        }
        transaction(() -> {
            try (Statement st = connection.createStatement()) {
                for (String sql : SCHEMA) {
                    st.execute(sql);
                }
            }
            return null;
        });
    }

    /**
     * Opens the store in the SQLite file {@code databaseFile} (normally the index's database), creating its
     * tables when missing.
     *
     * @throws FeedbackStoreException naming the file when it cannot be opened
     */
    public static FeedbackStore open(Path databaseFile) {
        return open("jdbc:sqlite:" + databaseFile.toAbsolutePath(), Clock.systemUTC());
    }

    /** A store in a private in-memory database; for tests. */
    static FeedbackStore inMemory(Clock clock) {
        return open("jdbc:sqlite::memory:", clock);
    }

    private static FeedbackStore open(String url, Clock clock) {
        try {
            Properties props = new Properties();
            // writes take the write lock when they begin, so that they wait (busy_timeout) instead of failing
            // when the index is being written at the same moment
            props.setProperty("transaction_mode", "IMMEDIATE");
            return new FeedbackStore(DriverManager.getConnection(url, props), clock);
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot open the feedback tables in " + url + ": " + e.getMessage(), e);
        }
    }

    /** Stores an answer shown to {@code userId} and returns its id, which the message's buttons refer to. */
    public synchronized long saveAnswer(Answer answer, String guildId, String userId) {
        return transaction(() -> {
            long id;
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO discord_answers(created_at, guild_id, user_id, question, answer, abstained, answerer)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, clock.instant().toString());
                st.setString(2, guildId);
                st.setString(3, userId);
                st.setString(4, answer.question());
                st.setString(5, answer.text());
                st.setInt(6, answer.abstained() ? 1 : 0);
                st.setString(7, answer.answerer());
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO discord_citations(answer_id, n, source, location, passage, quote) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Citation c : answer.citations()) {
                    st.setLong(1, id);
                    st.setInt(2, c.n());
                    st.setString(3, c.source());
                    st.setString(4, c.location());
                    st.setString(5, c.passage());
                    st.setString(6, c.quote());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return id;
        });
    }

    /** The stored answer with this id, if any. */
    synchronized Optional<StoredAnswer> answer(long answerId) {
        return read(() -> {
            String question;
            String text;
            boolean abstained;
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT question, answer, abstained FROM discord_answers WHERE id = ?")) {
                st.setLong(1, answerId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<StoredAnswer>empty();
                    }
                    question = rs.getString(1);
                    text = rs.getString(2);
                    abstained = rs.getInt(3) != 0;
                }
            }
            List<Citation> citations = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT n, source, location, passage, quote FROM discord_citations WHERE answer_id = ? ORDER BY n")) {
                st.setLong(1, answerId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        citations.add(new Citation(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return Optional.of(new StoredAnswer(answerId, question, text, abstained, citations));
        });
    }

    /**
     * Records {@code userId}'s vote on a stored answer, with the answer's question and text; a later vote by
     * the same user on the same answer replaces the earlier one.
     *
     * @return false when there is no stored answer with that id
     */
    public synchronized boolean vote(long answerId, String userId, Vote vote) {
        return transaction(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO feedback(answer_id, user_id, vote, question, answer, voted_at)"
                            + " SELECT id, ?, ?, question, answer, ? FROM discord_answers WHERE id = ?"
                            + " ON CONFLICT(answer_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at")) {
                st.setString(1, userId);
                st.setInt(2, vote.value);
                st.setString(3, clock.instant().toString());
                st.setLong(4, answerId);
                return st.executeUpdate() > 0;
            }
        });
    }

    /** Every stored vote, oldest first. */
    public synchronized List<Feedback> feedback() {
        return read(() -> {
            List<Feedback> out = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery(
                         "SELECT answer_id, user_id, vote, question, answer, voted_at FROM feedback ORDER BY voted_at, rowid")) {
                while (rs.next()) {
                    out.add(new Feedback(rs.getLong(1), rs.getString(2), Vote.of(rs.getInt(3)), rs.getString(4),
                            rs.getString(5), Instant.parse(rs.getString(6))));
                }
            }
            return out;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs read-only work outside an explicit transaction (rows are never changed once written). */
    private <T> T read(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new FeedbackStoreException("Feedback database error: " + e.getMessage(), e);
        }
    }

    private <T> T transaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new FeedbackStoreException("Feedback database error: " + e.getMessage(), e);
        }
    }

    /** The feedback tables could not be read or written. */
    public static final class FeedbackStoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FeedbackStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
