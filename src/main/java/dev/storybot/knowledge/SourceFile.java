package dev.storybot.knowledge;

import java.util.Objects;

/**
 * A knowledge file read from disk.
 *
 * @param path relative path under the knowledge folder, {@code /}-separated
 * @param text the file's content, decoded as UTF-8
 * @param hash SHA-256 of the file's bytes, hex
 */
public record SourceFile(String path, String text, String hash) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hash, "hash");
    }
}
