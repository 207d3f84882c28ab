package dev.storybot.llm;

import java.util.regex.Pattern;

/**
 * Removes the API key from text before it is shown or logged. Immutable and thread-safe.
 */
final class Redactor {

    static final String MASK = "***";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");

    private final String key;

    /** @param key the secret to hide; blank for none */
    Redactor(String key) {
        this.key = key == null ? "" : key.strip();
    }

    /** {@code text} with every occurrence of the key masked. */
    String redact(String text) {
        if (text == null || key.isEmpty()) {
            return text;
        }
        return text.replace(key, MASK);
    }

    /**
     * For log lines about failures: also masks whatever follows {@code Bearer}, since an error body may echo an
     * {@code Authorization} header (not applied to answers, where "bearer" is an ordinary word).
     */
    String forLog(String text) {
        String out = redact(text);
        return out == null ? null : BEARER.matcher(out).replaceAll("$1" + MASK);
    }
}
