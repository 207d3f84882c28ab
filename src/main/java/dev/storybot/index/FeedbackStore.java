package dev.storybot.index;

import dev.storybot.answer.Answer;
import dev.storybot.answer.Citation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers storybot posted in Discord (with their citations, so that a button can show a cited passage
 * after a restart) and the 👍/👎 votes on them, each vote with the question, the answer and the voter's user
 * id. Lives in the {@code discord_answers}, {@code discord_citations} and {@code feedback} tables of a
 * {@link Database}, whose schema creates them; the database stays the caller's to close.
 *
 * <p>Thread-safe: each write is one transaction (a write inside another {@link Database} write on the same
 * thread joins that transaction); each read sees one consistent snapshot. Failures throw
 * {@link DatabaseException}.
 */
public final class FeedbackStore {

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
    public record StoredAnswer(long id, String question, String text, boolean abstained, List<Citation> citations) {
        public StoredAnswer {
            citations = List.copyOf(citations);
        }

        /** The citation numbered {@code n}, if the answer has one. */
        public Optional<Citation> citation(int n) {
            return citations.stream().filter(c -> c.n() == n).findFirst();
        }
    }

    /** One stored vote. */
    public record Feedback(long answerId, String userId, Vote vote, String question, String answer, Instant votedAt) {
    }

    private final Database db;
    private final Clock clock;

    /** A store in {@code db} (normally the index's database), timestamping with the UTC system clock. */
    public FeedbackStore(Database db) {
        this(db, Clock.systemUTC());
    }

    FeedbackStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores an answer shown to {@code userId} and returns its id, which the message's buttons refer to. */
    public long saveAnswer(Answer answer, String guildId, String userId) {
        return db.write(c -> {
            long id;
            try (PreparedStatement st = c.prepareStatement(
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
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO discord_citations(answer_id, n, source, location, passage, quote) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Citation citation : answer.citations()) {
                    st.setLong(1, id);
                    st.setInt(2, citation.n());
                    st.setString(3, citation.source());
                    st.setString(4, citation.location());
                    st.setString(5, citation.passage());
                    st.setString(6, citation.quote());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return id;
        });
    }

    /** The stored answer with this id, if any. */
    public Optional<StoredAnswer> answer(long answerId) {
        return db.read(c -> {
            String question;
            String text;
            boolean abstained;
            try (PreparedStatement st = c.prepareStatement(
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
            try (PreparedStatement st = c.prepareStatement(
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
    public boolean vote(long answerId, String userId, Vote vote) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
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
    public List<Feedback> feedback() {
        return db.read(c -> {
            List<Feedback> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(
                         "SELECT answer_id, user_id, vote, question, answer, voted_at FROM feedback ORDER BY julianday(voted_at), rowid")) {
                while (rs.next()) {
                    out.add(new Feedback(rs.getLong(1), rs.getString(2), Vote.of(rs.getInt(3)), rs.getString(4),
                            rs.getString(5), Instant.parse(rs.getString(6))));
                }
            }
            return out;
        });
    }
}
