package dev.storybot.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A knowledge file split into passages.
 *
 * @param path     relative path under the knowledge folder
 * @param hash     SHA-256 of the file's bytes, used to skip unchanged files on refresh
 * @param title    the headline or first heading, or the file name when there is none
 * @param passages passages in document order
 */
public record ParsedDocument(String path, String hash, String title, List<Passage> passages) {
    public ParsedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(title, "title");
        passages = List.copyOf(passages);
    }
}
