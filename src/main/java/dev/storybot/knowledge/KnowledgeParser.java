package dev.storybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a knowledge file into passages, following the document's own structure: headline, section
 * headings (Markdown {@code #} headings or bulleted question lines such as "• What are the concerns?"),
 * paragraphs and photo captions. Long paragraphs are split at sentence boundaries. Every passage's text
 * is a verbatim substring of the file. Stateless and thread-safe.
 */
public final class KnowledgeParser {

    /** Paragraphs longer than this are split into several passages at sentence boundaries. */
    static final int MAX_PASSAGE_CHARS = 700;

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern BULLET_HEADING = Pattern.compile("^[•▪●◦‣■]\\s*(.+)$");
    private static final Pattern CAPTION = Pattern.compile(
            "(?s).*\\b(Credit|Photo|Picture|Image|Photograph)s?\\s*:\\s*\\S[^.!?]{0,60}$");

    /** Parses one file. */
    public ParsedDocument parse(SourceFile file) {
        String text = file.text().replace("\r\n", "\n").replace('\r', '\n');
        // an HTML page arrives as its text, with Markdown headings (HtmlText)
        boolean markdown = file.path().toLowerCase(Locale.ROOT).endsWith(".md") || HtmlText.isHtml(file.path());
        List<String> blocks = new ArrayList<>();
        for (String block : BLANK_LINES.split(text)) {
            String b = block.strip();
            if (!b.isEmpty()) {
                blocks.add(b);
            }
        }

        List<Passage> passages = new ArrayList<>();
        String title = "";
        String section = "";
        int sectionNo = 0;
        int paragraph = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            String heading = headingText(block, markdown);
            if (i == 0 && title.isEmpty() && (heading != null || looksLikeHeadline(block))) {
                title = heading != null ? heading : block;
                passages.add(passage(file, passages, "", "headline", PassageKind.HEADLINE, block));
                continue;
            }
            if (heading != null) {
                section = heading;
                sectionNo++;
                paragraph = 0;
                continue;
            }
            String where = section.isEmpty() ? "introduction" : "section " + sectionNo + " \"" + section + "\"";
            if (CAPTION.matcher(block).matches()) {
                passages.add(passage(file, passages, section, where + ", photo caption", PassageKind.CAPTION, block));
                continue;
            }
            paragraph++;
            List<String> chunks = chunk(block);
            for (int c = 0; c < chunks.size(); c++) {
                String loc = where + ", paragraph " + paragraph + (chunks.size() > 1 ? " (part " + (c + 1) + ")" : "");
                passages.add(passage(file, passages, section, loc, PassageKind.BODY, chunks.get(c)));
            }
        }
        if (title.isEmpty()) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        }
        return new ParsedDocument(file.path(), file.hash(), title, passages);
    }

    private static Passage passage(SourceFile file, List<Passage> soFar, String section, String location,
                                   PassageKind kind, String text) {
        int ordinal = soFar.size() + 1;
        return new Passage(Passage.idOf(file.path(), ordinal), file.path(), ordinal, section, location, kind, text);
    }

    /** The heading's text when the block is a heading line, else null. */
    static String headingText(String block, boolean markdown) {
        if (block.indexOf('\n') >= 0 || block.length() > 160) {
            return null;
        }
        var md = MD_HEADING.matcher(block);
        if (md.matches()) {
            return md.group(1);
        }
        var bullet = BULLET_HEADING.matcher(block);
        if (bullet.matches()) {
            return bullet.group(1).strip();
        }
        return null;
    }

    /** A short single line without a sentence-final full stop reads as a headline. */
    private static boolean looksLikeHeadline(String block) {
        return block.indexOf('\n') < 0 && block.length() <= 200 && !block.endsWith(".");
    }

    /** Splits a long paragraph into runs of whole sentences, each a verbatim substring of it. */
    static List<String> chunk(String block) {
        if (block.length() <= MAX_PASSAGE_CHARS) {
            return List.of(block);
        }
        List<String> chunks = new ArrayList<>();
        int from = 0;
        int end = 0;
        int searchFrom = 0;
        for (String sentence : Sentences.split(block)) {
            int at = block.indexOf(sentence, searchFrom);
            int sentenceEnd = at + sentence.length();
            if (sentenceEnd - from > MAX_PASSAGE_CHARS && end > from) {
                chunks.add(block.substring(from, end).strip());
                from = at;
            }
            end = sentenceEnd;
            searchFrom = sentenceEnd;
        }
        chunks.add(block.substring(from).strip());
        return chunks;
    }
}
