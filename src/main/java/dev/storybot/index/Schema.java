package dev.storybot.index;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database schema as an ordered list of migrations. {@code PRAGMA user_version} records the last
 * one applied, so applying them again is a no-op. Append new steps; never edit a released one.
 */
final class Schema {

    /** One step of the schema: the statements that take it from {@code version - 1} to {@code version}. */
    record Migration(int version, String description, List<String> statements) {
        Migration {
            if (version < 1) {
                throw new IllegalArgumentException("migration versions start at 1: " + version);
            }
            statements = List.copyOf(statements);
        }
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "documents, passages, embeddings and the keyword index", List.of(
                    """
                    CREATE TABLE meta (
                        key   TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    )""",
                    "INSERT INTO meta(key, value) VALUES ('generation', '0')",
                    """
                    CREATE TABLE documents (
                        path        TEXT PRIMARY KEY,
                        hash        TEXT NOT NULL,
                        title       TEXT NOT NULL,
                        ingested_at TEXT NOT NULL
                    )""",
                    // seq is the stable rowid the external-content keyword index refers to
                    // (an implicit rowid may be renumbered by VACUUM)
                    """
                    CREATE TABLE passages (
                        seq      INTEGER PRIMARY KEY,
                        id       TEXT NOT NULL UNIQUE,
                        document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
                        ordinal  INTEGER NOT NULL,
                        section  TEXT NOT NULL,
                        location TEXT NOT NULL,
                        kind     TEXT NOT NULL,
                        text     TEXT NOT NULL,
                        UNIQUE (document, ordinal)
                    )""",
                    """
                    CREATE TABLE embeddings (
                        seq      INTEGER PRIMARY KEY,
                        id       TEXT NOT NULL UNIQUE,
                        vector   BLOB NOT NULL,
                        text     TEXT,
                        metadata TEXT
                    )""",
                    """
                    CREATE VIRTUAL TABLE passages_fts USING fts5(
                        text, section,
                        content = 'passages', content_rowid = 'seq',
                        tokenize = 'porter unicode61'
                    )""",
                    """
                    CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
                        INSERT INTO passages_fts(rowid, text, section) VALUES (new.seq, new.text, new.section);
                    END""",
                    """
                    CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
                        INSERT INTO passages_fts(passages_fts, rowid, text, section)
                        VALUES ('delete', old.seq, old.text, old.section);
                    END""",
                    """
                    CREATE TRIGGER passages_fts_update AFTER UPDATE ON passages BEGIN
                        INSERT INTO passages_fts(passages_fts, rowid, text, section)
                        VALUES ('delete', old.seq, old.text, old.section);
                        INSERT INTO passages_fts(rowid, text, section) VALUES (new.seq, new.text, new.section);
                    END""")),
            // IF NOT EXISTS: storybot versions before this migration created these tables themselves, with
            // this very layout, in databases that are still at version 1
            new Migration(2, "answers posted in Discord, their citations and the votes on them", List.of(
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
                    )""")));

    /** The schema version this build writes. */
    static final int CURRENT_VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }

    /**
     * Applies, in order, the migrations newer than the database's version, inside the caller's
     * transaction.
     *
     * @throws DatabaseException when the database was written by a newer schema than {@code migrations} knows
     */
    static void migrate(Connection c, List<Migration> migrations, Path path) throws SQLException {
        int current = version(c);
        int latest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        if (current > latest) {
            throw new DatabaseException("The database " + path + " has schema version " + current
                    + ", but this storybot understands versions up to " + latest
                    + ". It was written by a newer storybot: upgrade storybot, or point DATABASE_PATH at another file.");
        }
        int previous = 0;
        for (Migration m : migrations) {
            if (m.version() <= previous) {
                throw new IllegalStateException("migrations are out of order at version " + m.version());
            }
            previous = m.version();
            if (m.version() <= current) {
                continue;
            }
            try (Statement st = c.createStatement()) {
                for (String sql : m.statements()) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + m.version());
            }
        }
    }

    /** The schema version recorded in the database file (0 for a new file). */
    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
