package dev.storybot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractiveAnswererTest {

    private final AskService service = StoryFixture.service();

    @Test
    void namesTheMinistersWhoOpposedFromSeveralParagraphs() {
        Answer a = service.ask("who opposed the decision");
        assertThat(a.abstained()).isFalse();
        assertThat(a.text()).contains("Jeremy Hunt").contains("Liam Fox").contains("[1]").contains("[2]");
        assertThat(a.citations()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(a.citations()).extracting(Citation::location).allSatisfy(l -> assertThat(l).contains("Who was against"));
    }

    @Test
    void everyCitationQuotesVerbatimSourceTextAndEveryMarkerHasACitation() {
        Answer a = service.ask("Why are people worried about Huawei?");
        assertThat(a.citations()).isNotEmpty();
        for (Citation c : a.citations()) {
            assertThat(a.text()).contains("[" + c.n() + "]");
            assertThat(StoryFixture.PASSAGES).anySatisfy(p -> assertThat(p.text()).isEqualTo(c.passage()));
            assertThat(c.passage()).contains(c.quote());
            assertThat(c.source()).isEqualTo("huawei-5g-article.txt");
        }
    }

    @Test
    void citesTheSentenceThatAnswersAQuestionAboutAPerson() {
        Answer a = service.ask("What did Tom Tugendhat tweet?");
        assertThat(a.text()).contains("doubt");
        assertThat(a.citations().get(0).quote()).contains("Tom Tugendhat");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What did Boris Johnson say about Huawei?",
            "What is the weather in Glasgow tomorrow?",
            "Who is the current president of France?",
            "How many employees does Huawei have?",
            "Tell me a joke.",
            "What is Huawei's share price?"})
    void abstainsWithoutCitationsWhenTheStoryDoesNotSay(String question) {
        Answer a = service.ask(question);
        assertThat(a.abstained()).as(a.text()).isTrue();
        assertThat(a.citations()).isEmpty();
        assertThat(a.text()).contains("does not say");
    }

    @Test
    void toleratesTyposAndCapitals() {
        assertThat(service.ask("who is the digital minster").text()).contains("Margot James");
        assertThat(service.ask("WHERE IS CYBERUK TAKING PLACE?").text()).contains("Glasgow");
        assertThat(service.ask("wat did the gchq report find about huawei").abstained()).isFalse();
    }

    @Test
    void understandsAcronymsOfNamesInTheStory() {
        assertThat(service.ask("What did the DCMS spokeswoman say about telecoms security?").text())
                .contains("paramount importance");
    }

    @Test
    void keepsAnswersShort() {
        for (String q : new String[]{"who opposed the decision", "Why are people worried about Huawei?",
                "Which countries have restricted Huawei technology?"}) {
            assertThat(service.ask(q).text().length()).as(q).isLessThanOrEqualTo(ExtractiveAnswerer.MAX_CHARS + 20);
        }
    }

    @Test
    void recordsTheAnswererAndTheTimeTaken() {
        Answer a = service.ask("Where is CYBERUK taking place?");
        assertThat(a.answerer()).isEqualTo("extractive");
        assertThat(a.latencyMs()).isGreaterThanOrEqualTo(0);
        assertThat(a.question()).isEqualTo("Where is CYBERUK taking place?");
    }
}
