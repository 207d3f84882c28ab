package dev.storybot.answer;

import java.util.Objects;

/**
 * One numbered source of an answer.
 *
 * @param n        the number used by the answer's {@code [n]} markers, from 1
 * @param source   document path under the knowledge folder
 * @param location human-readable place in the document (section, paragraph)
 * @param passage  the whole cited passage, verbatim
 * @param quote    the supporting sentence or sentences, verbatim, contained in {@code passage}
 */
public record Citation(int n, String source, String location, String passage, String quote) {
    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(quote, "quote");
        if (n < 1) {
            throw new IllegalArgumentException("citation number must be >= 1: " + n);
        }
        if (!passage.contains(quote)) {
            throw new IllegalArgumentException("quote is not verbatim inside its passage: " + quote);
        }
    }
}
