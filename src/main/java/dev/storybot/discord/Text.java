package dev.storybot.discord;

/**
 * Text that is safe to show in Discord: Markdown and mentions neutralised, and lengths fitted to Discord's
 * limits. Stateless and thread-safe.
 */
final class Text {

    /** Appended where text was cut. */
    static final String ELLIPSIS = "\u2026";
    /** Markers that format wherever they are. */
    private static final String INLINE = "\\*_~`|<";
    /** Markers that format only at the start of a line: headers, lists and subtext, block quotes. */
    private static final String LINE_START = "#->+";
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private Text() {
    }

    /**
     * {@code text} shown literally: inline Markdown markers are backslash-escaped everywhere, the markers that
     * only count at the start of a line (headers, lists, quotes) are escaped there, masked links are broken
     * ({@code [a](b)}), and mentions ({@code <@id>}, {@code @everyone}, {@code @here}) cannot ping or render
     * as mentions. {@code [n]} citation markers and ordinary hyphens stay as they are.
     */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (lineStart && LINE_START.indexOf(c) >= 0)) {
                out.append('\\').append(c);
            } else if (c == '(' && i > 0 && text.charAt(i - 1) == ']') {
                out.append("\\(");
            } else if (c == '@' && (text.startsWith("everyone", i + 1) || text.startsWith("here", i + 1))) {
                out.append(c).append(ZERO_WIDTH_SPACE);
            } else {
                out.append(c);
            }
            if (c == '\n') {
                lineStart = true;
            } else if (c != ' ' && c != '\t') {
                lineStart = false;
            }
        }
        return out.toString();
    }

    /**
     * {@code text} cut to at most {@code max} characters (UTF-16 units, as Discord and JDA count), ending
     * with {@link #ELLIPSIS} when cut. Prefers to cut at a space near the end, never inside a surrogate
     * pair, and never leaves a dangling escape backslash.
     */
    static String fit(String text, int max) {
        if (max < 1) {
            return "";
        }
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        int space = text.lastIndexOf(' ', end);
        if (space > end - 40 && space > 0) {
            end = space;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int backslashes = 0;
        while (end - backslashes > 0 && text.charAt(end - backslashes - 1) == '\\') {
            backslashes++;
        }
        if (backslashes % 2 == 1) {
            end--;
        }
        return text.substring(0, Math.max(0, end)).stripTrailing() + ELLIPSIS;
    }

    /** Whitespace runs (newlines included) collapsed to single spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
