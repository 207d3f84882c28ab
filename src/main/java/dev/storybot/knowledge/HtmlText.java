package dev.storybot.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The readable text of an HTML page, laid out the way the parser reads Markdown: the headline as a
 * {@code #} heading, other headings as {@code ##} headings, and each paragraph, list item, quotation or
 * caption as a paragraph of its own. Scripts, styles, navigation, forms and asides are left out; when the
 * page has an {@code <article>} (or {@code <main>}), only that is read. Citations quote this text, which is
 * what a reader of the page sees. Stateless and thread-safe.
 */
final class HtmlText {

    /** Elements that are no part of what the page says. */
    private static final String NOT_CONTENT = "script, style, noscript, template, nav, footer, aside, form, "
            + "button, select, svg, iframe, object, head";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements that start a block of their own; anything else is read as part of the text around it. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "caption", "ul");

    private HtmlText() {
    }

    /** Whether a file with this name is read as HTML. */
    static boolean isHtml(String path) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** The page's text as headings and paragraphs separated by blank lines; empty when it says nothing. */
    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().strip();
        doc.select(NOT_CONTENT).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        List<String> blocks = new ArrayList<>();
        read(root, blocks);
        boolean hasHeadline = !blocks.isEmpty() && blocks.get(0).startsWith("# ");
        if (!hasHeadline && !title.isEmpty() && !blocks.isEmpty()) {
            blocks.add(0, "# " + title);
        }
        return String.join("\n\n", blocks);
    }

    private static void read(Element element, List<String> blocks) {
        String tag = element.normalName();
        if (HEADINGS.contains(tag)) {
            String text = element.text().strip();
            if (!text.isEmpty()) {
                // the page's first heading is its headline, when nothing comes before it
                blocks.add((blocks.isEmpty() && tag.equals("h1") ? "# " : "## ") + text);
            }
            return;
        }
        if (tag.equals("hr")) {
            return;
        }
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush(inline, blocks);
                read(e, blocks);
            } else if (child instanceof Element e) {
                inline.append(e.normalName().equals("br") ? " " : e.text());
            } else if (child instanceof TextNode t) {
                inline.append(t.text());
            }
        }
        flush(inline, blocks);
    }

    private static void flush(StringBuilder inline, List<String> blocks) {
        String text = inline.toString().replaceAll("\\s+", " ").strip();
        inline.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(text);
        }
    }
}
