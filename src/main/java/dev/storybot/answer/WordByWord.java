package dev.storybot.answer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-by-word reading of a question written partly in another language or dialect: each word found in a
 * table is replaced by its English (an empty value drops it), and the spacing is tidied. Shared by the
 * readers that keep English word order ({@link Pidgin}, {@link German}). Stateless.
 */
final class WordByWord {

    /** A word, with an apostrophe inside it ("wetin's"). */
    static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");

    private WordByWord() {
    }

    /** {@code text} with every word of {@code words} (looked up in lower case, curly apostrophe as straight) in English. */
    static String replace(String text, Map<String, String> words) {
        String out = WORD.matcher(text).replaceAll(m -> {
            String english = words.get(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            return Matcher.quoteReplacement(english == null ? m.group() : english);
        });
        return out.replaceAll("\\s+", " ").replaceAll("\\s+([?,.!])", "$1").replaceAll("^[\\s,]+", "").strip();
    }
}
