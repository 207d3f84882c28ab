package dev.storybot.index;

import dev.storybot.answer.Answer;
import dev.storybot.answer.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackStoreTest {

    private static final Citation CITATION = new Citation(1, "story.md", "section 1, paragraph 2",
            "Before. Hunt opposed it. After.", "Hunt opposed it.");
    private static final Answer ANSWER = new Answer("who opposed it", "Hunt opposed it. [1]", false, List.of(CITATION), "extractive", 5);

    /** The tables exactly as the Discord adapter's own store created them before schema version 2 existed. */
    private static final List<String> TABLES_OF_THE_OLD_STORE = List.of(
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

    @TempDir
    Path dir;

    @Test
    void keepsAnAnswerWithItsCitationsForTheButtons() {
        try (Database db = Database.open(dir.resolve("storybot.db"))) {
            FeedbackStore store = new FeedbackStore(db);
            long id = store.saveAnswer(ANSWER, "1", "42");
            FeedbackStore.StoredAnswer stored = store.answer(id).orElseThrow();
            assertThat(stored.question()).isEqualTo("who opposed it");
            assertThat(stored.text()).isEqualTo("Hunt opposed it. [1]");
            assertThat(stored.abstained()).isFalse();
            assertThat(stored.citation(1)).contains(CITATION);
            assertThat(stored.citation(2)).isEmpty();
            assertThat(store.answer(id + 1)).isEmpty();
        }
    }

    @Test
    void storesAVoteWithTheQuestionTheAnswerAndTheUserAndLetsTheUserChangeIt() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("storybot.db"))) {
            FeedbackStore store = new FeedbackStore(db, clock);
            long id = store.saveAnswer(ANSWER, "1", "42");
            assertThat(store.vote(id, "7", FeedbackStore.Vote.UP)).isTrue();
            assertThat(store.vote(id, "7", FeedbackStore.Vote.DOWN)).isTrue();
            assertThat(store.vote(id, "8", FeedbackStore.Vote.UP)).isTrue();
            assertThat(store.feedback()).containsExactly(
                    new FeedbackStore.Feedback(id, "7", FeedbackStore.Vote.DOWN, "who opposed it", "Hunt opposed it. [1]", clock.instant()),
                    new FeedbackStore.Feedback(id, "8", FeedbackStore.Vote.UP, "who opposed it", "Hunt opposed it. [1]", clock.instant()));
        }
    }

    @Test
    void listsVotesInTheOrderTheyWereCastEvenWithinOneSecond() {
        Instant[] now = {Instant.parse("2026-11-28T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (Database db = Database.open(dir.resolve("storybot.db"))) {
            FeedbackStore store = new FeedbackStore(db, clock);
            long id = store.saveAnswer(ANSWER, "1", "42");
            store.vote(id, "first", FeedbackStore.Vote.UP);
            now[0] = Instant.parse("2026-11-28T10:00:00.500Z"); // as text, "...00.500Z" sorts before "...00Z"
            store.vote(id, "second", FeedbackStore.Vote.DOWN);
            assertThat(store.feedback()).extracting(FeedbackStore.Feedback::userId).containsExactly("first", "second");
        }
    }

    @Test
    void aVoteOnAnUnknownAnswerIsNotStored() {
        try (Database db = Database.open(dir.resolve("storybot.db"))) {
            FeedbackStore store = new FeedbackStore(db);
            assertThat(store.vote(99, "7", FeedbackStore.Vote.UP)).isFalse();
            assertThat(store.feedback()).isEmpty();
        }
    }

    @Test
    void answersAndVotesOutliveTheDatabaseBeingClosedAndReopened() {
        Path file = dir.resolve("storybot.db");
        long id;
        try (Database db = Database.open(file)) {
            FeedbackStore store = new FeedbackStore(db);
            id = store.saveAnswer(ANSWER, null, "42");
            assertThat(store.vote(id, "42", FeedbackStore.Vote.UP)).isTrue();
        }
        try (Database reopened = Database.open(file)) {
            FeedbackStore store = new FeedbackStore(reopened);
            assertThat(store.feedback()).singleElement().satisfies(f -> assertThat(f.userId()).isEqualTo("42"));
            assertThat(store.answer(id).orElseThrow().citation(1)).contains(CITATION);
        }
    }

    @Test
    void aVersion1DatabaseMigratesTo2AndKeepsItsPassages() throws Exception {
        Path file = dir.resolve("storybot.db");
        try (Database v1 = Database.open(file, Schema.MIGRATIONS.subList(0, 1))) {
            v1.write(c -> {
                addPassage(c, "Hunt opposed it.");
                return null;
            });
        }
        assertThat(versionOf(file)).isEqualTo(1);
        assertThat(tableNamesOf(file)).doesNotContain("discord_answers", "discord_citations", "feedback");

        try (Database db = Database.open(file)) {
            assertThat(version(db)).isEqualTo(2).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(count(db, "SELECT count(*) FROM passages")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'hunt'"))
                    .as("the keyword index still finds the passage").isEqualTo(1);
            FeedbackStore store = new FeedbackStore(db);
            long id = store.saveAnswer(ANSWER, "1", "42");
            assertThat(store.vote(id, "7", FeedbackStore.Vote.UP)).isTrue();
            assertThat(store.feedback()).hasSize(1);
        }
    }

    @Test
    void aDatabaseWhoseFeedbackTablesTheOldStoreCreatedMigratesAndKeepsTheirRows() throws Exception {
        Path file = dir.resolve("storybot.db");
        try (Database v1 = Database.open(file, Schema.MIGRATIONS.subList(0, 1))) {
            v1.write(c -> {
                addPassage(c, "Hunt opposed it.");
                return null;
            });
        }
        // what the Discord adapter's own store did to the index's file, on a connection of its own
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : TABLES_OF_THE_OLD_STORE) {
                st.execute(sql);
            }
            st.execute("INSERT INTO discord_answers(id, created_at, guild_id, user_id, question, answer, abstained, answerer)"
                    + " VALUES (5, '2026-11-27T09:00:00Z', '1', '42', 'who opposed it', 'Hunt opposed it. [1]', 0, 'extractive')");
            st.execute("INSERT INTO discord_citations(answer_id, n, source, location, passage, quote) VALUES"
                    + " (5, 1, 'story.md', 'section 1, paragraph 2', 'Before. Hunt opposed it. After.', 'Hunt opposed it.')");
            st.execute("INSERT INTO feedback(answer_id, user_id, vote, question, answer, voted_at)"
                    + " VALUES (5, '7', -1, 'who opposed it', 'Hunt opposed it. [1]', '2026-11-27T09:01:00Z')");
        }
        assertThat(versionOf(file)).isEqualTo(1);

        Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(file)) {
            assertThat(version(db)).isEqualTo(Schema.CURRENT_VERSION);
            assertThat(count(db, "SELECT count(*) FROM passages")).isEqualTo(1);
            FeedbackStore store = new FeedbackStore(db, clock);
            assertThat(store.answer(5)).hasValueSatisfying(a -> {
                assertThat(a.question()).isEqualTo("who opposed it");
                assertThat(a.citation(1)).contains(CITATION);
            });
            assertThat(store.vote(5, "8", FeedbackStore.Vote.UP)).isTrue();
            long id = store.saveAnswer(ANSWER, "1", "42");
            assertThat(id).as("new answers do not reuse an old answer's id").isGreaterThan(5);
            assertThat(store.feedback()).containsExactly(
                    new FeedbackStore.Feedback(5, "7", FeedbackStore.Vote.DOWN, "who opposed it", "Hunt opposed it. [1]",
                            Instant.parse("2026-11-27T09:01:00Z")),
                    new FeedbackStore.Feedback(5, "8", FeedbackStore.Vote.UP, "who opposed it", "Hunt opposed it. [1]",
                            clock.instant()));
        }
    }

    private static void addPassage(Connection c, String text) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO documents(path, hash, title, ingested_at) VALUES ('story.md', 'h1', 'Story', '2026-11-27T08:00:00Z')");
            st.execute("INSERT INTO passages(id, document, ordinal, section, location, kind, text)"
                    + " VALUES ('story.md#1', 'story.md', 1, 'Story', 'section 1, paragraph 2', 'paragraph', '" + text + "')");
        }
    }

    private static int versionOf(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Schema.version(c);
        }
    }

    private static List<String> tableNamesOf(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static int version(Database db) {
        return db.read(Schema::version);
    }

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
