package dev.storybot.knowledge;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeParserTest {

    private static final String STORY = """
            Big news about widgets

            The council approved the widget plan on Monday.

            Several members objected to the plan.

              • Who objected?

            Councillor Ann Smith speaks at the meeting. Credit: PA

            Ann Smith said the plan was rushed.

            Bob Jones agreed with her.
            """;

    private final KnowledgeParser parser = new KnowledgeParser();

    private ParsedDocument parse(String name, String text) {
        return parser.parse(new SourceFile(name, text, "hash"));
    }

    @Test
    void readsTheHeadlineAsTitleAndFirstPassage() {
        ParsedDocument doc = parse("news.txt", STORY);
        assertThat(doc.title()).isEqualTo("Big news about widgets");
        assertThat(doc.passages().get(0).kind()).isEqualTo(PassageKind.HEADLINE);
    }

    @Test
    void bulletedQuestionLinesBecomeSectionHeadingsNotPassages() {
        ParsedDocument doc = parse("news.txt", STORY);
        assertThat(doc.passages()).extracting(Passage::text).doesNotContain("• Who objected?");
        Passage smith = doc.passages().stream().filter(p -> p.text().startsWith("Ann Smith")).findFirst().orElseThrow();
        assertThat(smith.section()).isEqualTo("Who objected?");
        assertThat(smith.location()).isEqualTo("section 1 \"Who objected?\", paragraph 1");
        assertThat(smith.retrievalText()).isEqualTo("Who objected?\nAnn Smith said the plan was rushed.");
    }

    @Test
    void photoCaptionsAreMarkedAsCaptionsAndNotCountedAsParagraphs() {
        ParsedDocument doc = parse("news.txt", STORY);
        Passage caption = doc.passages().stream().filter(p -> p.text().endsWith("Credit: PA")).findFirst().orElseThrow();
        assertThat(caption.kind()).isEqualTo(PassageKind.CAPTION);
        assertThat(caption.location()).endsWith("photo caption");
        assertThat(doc.passages()).filteredOn(p -> p.text().startsWith("Bob Jones")).first()
                .extracting(Passage::location).isEqualTo("section 1 \"Who objected?\", paragraph 2");
    }

    @Test
    void introductionParagraphsAreNumberedBeforeTheFirstSection() {
        ParsedDocument doc = parse("news.txt", STORY);
        assertThat(doc.passages().get(1).location()).isEqualTo("introduction, paragraph 1");
        assertThat(doc.passages().get(2).location()).isEqualTo("introduction, paragraph 2");
    }

    @Test
    void passageIdsAreStableAcrossParses() {
        List<String> first = parse("news.txt", STORY).passages().stream().map(Passage::id).toList();
        List<String> second = parse("news.txt", STORY).passages().stream().map(Passage::id).toList();
        assertThat(first).isEqualTo(second).startsWith("news.txt#1", "news.txt#2");
    }

    @Test
    void everyPassageIsVerbatimSourceText() throws IOException {
        String text = Files.readString(Path.of("knowledge/huawei-5g-article.txt"));
        ParsedDocument doc = parse("huawei-5g-article.txt", text);
        assertThat(doc.passages()).hasSizeGreaterThan(30);
        assertThat(doc.passages()).allSatisfy(p -> assertThat(text).contains(p.text()));
    }

    @Test
    void recognisesTheStorysSectionsAndCaptions() throws IOException {
        String text = Files.readString(Path.of("knowledge/huawei-5g-article.txt"));
        ParsedDocument doc = parse("huawei-5g-article.txt", text);
        assertThat(doc.passages()).extracting(Passage::section).contains(
                "What are the concerns over Huawei?", "Who was against Theresa May's decision?");
        assertThat(doc.passages()).filteredOn(p -> p.kind() == PassageKind.CAPTION)
                .allSatisfy(p -> assertThat(p.text()).contains("Credit:"))
                .hasSize(6);
    }

    @Test
    void markdownHeadingsStructureTheDocument() {
        ParsedDocument doc = parse("notes.md", "# Title here\n\nIntro text.\n\n## Background\n\nSome background.\n");
        assertThat(doc.title()).isEqualTo("Title here");
        assertThat(doc.passages()).extracting(Passage::text).containsExactly("# Title here", "Intro text.", "Some background.");
        assertThat(doc.passages().get(2).section()).isEqualTo("Background");
    }

    @Test
    void splitsLongParagraphsAtSentenceBoundariesKeepingTextVerbatim() {
        String sentence = "This sentence is about forty characters. ";
        String para = sentence.repeat(40).strip();
        ParsedDocument doc = parse("long.txt", "Title\n\n" + para + "\n");
        List<Passage> body = doc.passages().stream().filter(p -> p.kind() == PassageKind.BODY).toList();
        assertThat(body).hasSizeGreaterThan(1);
        assertThat(body).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(KnowledgeParser.MAX_PASSAGE_CHARS);
            assertThat(para).contains(p.text());
            assertThat(p.location()).contains("(part ");
        });
    }
}
