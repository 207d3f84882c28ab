package dev.storybot.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Site name | UK to let Huawei build 5G</title>
            <style>p { color: red }</style><script>var tracking = "Huawei";</script></head>
            <body>
              <nav><a href="/">Home</a> <a href="/news">News</a></nav>
              <article>
                <h1>UK to let Huawei build   parts of its 5G network</h1>
                <p>Theresa May has given the go-ahead, according to the <b>Daily Telegraph</b>.<br>Ministers were split.</p>
                <figure><img src="a.jpg"><figcaption>Theresa May chaired the meeting. Credit: PA</figcaption></figure>
                <h2>&bull; Who was against it?</h2>
                <ul><li>Jeremy Hunt &amp; Sajid Javid</li><li>Gavin Williamson</li></ul>
                <div>A closing line written straight in a div.</div>
                <aside>Read more: unrelated story</aside>
              </article>
              <footer>Copyright</footer>
            </body></html>
            """;

    @Test
    void readsTheArticleAsHeadlineHeadingsAndParagraphs() {
        List<String> blocks = List.of(HtmlText.toText(PAGE).split("\n\n"));
        assertThat(blocks).containsExactly(
                "# UK to let Huawei build parts of its 5G network",
                "Theresa May has given the go-ahead, according to the Daily Telegraph. Ministers were split.",
                "Theresa May chaired the meeting. Credit: PA",
                "## • Who was against it?",
                "Jeremy Hunt & Sajid Javid",
                "Gavin Williamson",
                "A closing line written straight in a div.");
    }

    @Test
    void leavesOutScriptsStylesNavigationAndAsides() {
        String text = HtmlText.toText(PAGE);
        assertThat(text).doesNotContain("tracking", "color", "Home", "Read more", "Copyright");
    }

    @Test
    void aPageWithoutAHeadingTakesItsTitleAsHeadline() {
        String text = HtmlText.toText("<html><head><title>Notes</title></head><body><p>One fact.</p></body></html>");
        assertThat(text).isEqualTo("# Notes\n\nOne fact.");
    }

    @Test
    void aPageWithNothingToReadIsEmpty() {
        assertThat(HtmlText.toText("<html><head><title>Empty</title><script>x()</script></head><body> </body></html>")).isEmpty();
    }

    @Test
    void theParserFindsHeadlineSectionsAndCaptionsInAPage() {
        ParsedDocument doc = new KnowledgeParser().parse(new SourceFile("page.html", HtmlText.toText(PAGE), "h"));
        assertThat(doc.title()).isEqualTo("UK to let Huawei build parts of its 5G network");
        assertThat(doc.passages()).extracting(Passage::kind).containsExactly(PassageKind.HEADLINE, PassageKind.BODY,
                PassageKind.CAPTION, PassageKind.BODY, PassageKind.BODY, PassageKind.BODY);
        Passage hunt = doc.passages().get(3);
        assertThat(hunt.section()).isEqualTo("• Who was against it?");
        assertThat(hunt.location()).isEqualTo("section 1 \"• Who was against it?\", paragraph 1");
    }
}
