package dev.storybot.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code meta} key-value table. Stateless; callers run it inside {@link Database} work. */
final class Meta {

    static final String GENERATION = "generation";
    static final String EMBEDDING_MODEL = "embedding_model";
    static final String LAST_REFRESH = "last_refresh";

    private Meta() {
    }

    /** The value stored under {@code key}, or null. */
    static String get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /**
     * The number of committed changes to passages or embeddings; every write to them calls
     * {@link #bumpGeneration}, so it also reveals writes made by other processes.
     */
    static long generation(Connection c) throws SQLException {
        String value = get(c, GENERATION);
        return value == null ? 0 : Long.parseLong(value);
    }

    static void bumpGeneration(Connection c) throws SQLException {
        put(c, GENERATION, Long.toString(generation(c) + 1));
    }
}
