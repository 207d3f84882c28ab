package dev.storybot.knowledge;

import java.util.Objects;

/**
 * A citable piece of a document: its text is verbatim source text.
 *
 * @param id       stable identifier, {@code <source>#<ordinal>}; the same file always yields the same ids
 * @param source   path of the document relative to the knowledge folder, with {@code /} separators
 * @param ordinal  position of the passage in its document, from 1
 * @param section  heading of the section the passage belongs to (the headline before the first heading), or empty
 * @param location human-readable location, e.g. {@code section "What are the concerns over Huawei?", paragraph 2}
 * @param kind     headline, body or caption
 * @param text     the passage text, verbatim
 */
public record Passage(String id, String source, int ordinal, String section, String location,
                      PassageKind kind, String text) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be >= 1: " + ordinal);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("passage text is blank: " + id);
        }
    }

    /** The id a passage at this position of this document has. */
    public static String idOf(String source, int ordinal) {
        return source + "#" + ordinal;
    }

    /** Text used to embed and keyword-index the passage: the section heading keeps its passage's context. */
    public String retrievalText() {
        return section.isEmpty() || kind == PassageKind.HEADLINE ? text : section + "\n" + text;
    }
}
