package dev.storybot.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an FTS5 {@code MATCH} expression from plain words. Each word becomes a quoted string (so
 * FTS5 operators, brackets, stars and quotes in user text are literal), and the words are OR-ed.
 * Words without a letter or digit are dropped, since the tokenizer would drop them anyway.
 */
final class FtsQuery {

    /** Bounds the work one query can ask of the index. */
    static final int MAX_TERMS = 64;

    private FtsQuery() {
    }

    /** The expression, or empty when no term has anything to search for. */
    static Optional<String> anyOf(List<String> terms) {
        Set<String> quoted = new LinkedHashSet<>();
        for (String term : terms) {
            if (term == null || !hasLetterOrDigit(term)) {
                continue;
            }
            String clean = term.replaceAll("\\p{Cntrl}", " ").strip().toLowerCase(Locale.ROOT);
            quoted.add('"' + clean.replace("\"", "\"\"") + '"');
            if (quoted.size() == MAX_TERMS) {
                break;
            }
        }
        return quoted.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", quoted));
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
