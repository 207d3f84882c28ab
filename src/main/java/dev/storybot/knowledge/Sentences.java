package dev.storybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into sentences that are verbatim substrings of it. Stateless and thread-safe. */
public final class Sentences {

    // A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before whitespace and
    // an opening quote, bracket, capital letter or digit.
    private static final Pattern BOUNDARY =
            Pattern.compile("(?<=[.!?][\"'”’)\\]]{0,2})\\s+(?=[\"'“‘(\\[]?[\\p{Lu}\\d#•])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "sgt", "capt", "gov",
            "sen", "rep", "rev", "hon", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "inc", "ltd", "co",
            "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed, in order; each is a substring of {@code text}. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            String candidate = text.substring(start, m.start());
            if (endsWithAbbreviation(candidate)) {
                continue;
            }
            addTrimmed(out, candidate);
            start = m.end();
        }
        addTrimmed(out, text.substring(start));
        return out;
    }

    private static boolean endsWithAbbreviation(String s) {
        String t = s.strip();
        if (!t.endsWith(".")) {
            return false;
        }
        int space = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\n'));
        String word = t.substring(space + 1, t.length() - 1).toLowerCase(java.util.Locale.ROOT);
        // single initials ("J. Smith") and known abbreviations do not end a sentence
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static void addTrimmed(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
