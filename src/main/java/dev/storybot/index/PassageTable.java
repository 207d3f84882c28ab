package dev.storybot.index;

import dev.storybot.knowledge.ParsedDocument;
import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.PassageKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL for the {@code documents} and {@code passages} tables and the keyword index over passages.
 * Stateless; every method runs inside the caller's {@link Database} work. Embeddings are the
 * {@link SqliteEmbeddingStore}'s business.
 */
final class PassageTable {

    /** The passage text counts fully; its section heading counts for less. */
    private static final String BM25 = "bm25(passages_fts, 1.0, 0.4)";

    /** A keyword hit: passage id and its positive BM25 score. */
    record Hit(String id, double score) {
    }

    private PassageTable() {
    }

    /** Every passage, by document path then position. */
    static List<Passage> all(Connection c) throws SQLException {
        List<Passage> passages = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT id, document, ordinal, section, location, kind, text
                     FROM passages ORDER BY document, ordinal""")) {
            while (rs.next()) {
                passages.add(new Passage(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), PassageKind.valueOf(rs.getString(6)), rs.getString(7)));
            }
        }
        return passages;
    }

    /** Passages matching the FTS5 expression {@code match}, best first. */
    static List<Hit> keyword(Connection c, String match, int limit) throws SQLException {
        List<Hit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT p.id, " + BM25 + " AS rank FROM passages_fts JOIN passages p ON p.seq = passages_fts.rowid "
                        + "WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?")) {
            ps.setString(1, match);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new Hit(rs.getString(1), -rs.getDouble(2)));
                }
            }
        }
        return hits;
    }

    /** Content hash of every indexed document, by path. */
    static Map<String, String> documentHashes(Connection c) throws SQLException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, hash FROM documents ORDER BY path")) {
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
        }
        return hashes;
    }

    static int count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Ids of the passages of document {@code path}. */
    static List<String> passageIds(Connection c, String path) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM passages WHERE document = ?")) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Deletes a document and its passages; returns how many passages went. */
    static int delete(Connection c, String path) throws SQLException {
        int passages;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM passages WHERE document = ?")) {
            ps.setString(1, path);
            passages = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE path = ?")) {
            ps.setString(1, path);
            ps.executeUpdate();
        }
        return passages;
    }

    static void insert(Connection c, ParsedDocument doc, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO documents(path, hash, title, ingested_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, doc.path());
            ps.setString(2, doc.hash());
            ps.setString(3, doc.title());
            ps.setString(4, now.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO passages(id, document, ordinal, section, location, kind, text)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Passage p : doc.passages()) {
                ps.setString(1, p.id());
                ps.setString(2, doc.path());
                ps.setInt(3, p.ordinal());
                ps.setString(4, p.section());
                ps.setString(5, p.location());
                ps.setString(6, p.kind().name());
                ps.setString(7, p.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
