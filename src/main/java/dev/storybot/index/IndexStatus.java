package dev.storybot.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The state of the knowledge index.
 *
 * @param documents      number of indexed documents
 * @param passages       number of indexed passages
 * @param lastRefreshed  when the last refresh finished, or null if the index was never refreshed
 * @param embeddingModel name of the model the passages were embedded with (the configured one before the first refresh)
 * @param databasePath   the SQLite file
 */
public record IndexStatus(int documents, int passages, Instant lastRefreshed, String embeddingModel, Path databasePath) {
    public IndexStatus {
        Objects.requireNonNull(embeddingModel, "embeddingModel");
        Objects.requireNonNull(databasePath, "databasePath");
    }
}
