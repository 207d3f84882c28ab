package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionFocusTest {

    private final Lexicon lexicon = new Lexicon();
    private final CorpusStats stats = new CorpusStats(StoryFixture.PASSAGES);

    @Test
    void focusesOnTheQuestionInsideCourtesiesAndGuesses() {
        assertThat(QuestionFocus.of("Who chairs the NSC?", stats)).isEqualTo("Who chairs the NSC?");
        String polite = QuestionFocus.of("I wondered whether you could tell me, if it isn't too much trouble, who chairs the"
                + " NSC — was it the Thursday they met, I seem to recall?", stats);
        assertThat(polite).startsWith("who chairs the NSC").doesNotContain("Thursday").doesNotContain("trouble");
        assertThat(QuestionFocus.of("Sajid Javid objected, I gather — he's the Chancellor, isn't he? What post does the"
                + " article give him?", stats)).contains("Sajid Javid").contains("What post").doesNotContain("Chancellor");
    }

    @Test
    void dropsTheOtherAnswerAYesOrNoQuestionOffers() {
        assertThat(QuestionFocus.of("has huawei ever actually been caught spying or is it all hypothetical", stats))
                .isEqualTo("has huawei ever actually been caught spying");
        assertThat(QuestionFocus.of("is huawei kit already in homes here, or would 5G be the first time?", stats))
                .isEqualTo("is huawei kit already in homes here?");
        // an "or" between two things asked about stays
        assertThat(QuestionFocus.of("did Hunt or Javid oppose the decision?", stats)).isEqualTo("did Hunt or Javid oppose the decision?");
    }

    @Test
    void dropsWhenTheArticleWasWrittenAndWhatTheAnswerIsFor() {
        assertThat(QuestionFocus.of("who was the digital minister at the time", stats)).isEqualTo("who was the digital minister");
        assertThat(QuestionFocus.of("who was home secretary at the time according to this", stats)).isEqualTo("who was home secretary");
        assertThat(QuestionFocus.of("when is the five eyes meetup, need it for the calendar", stats))
                .isEqualTo("when is the five eyes meetup");
    }

    @Test
    void readsKindaAsKindOf() {
        assertThat(QuestionFocus.of("what kinda kit can huawei supply?", stats)).isEqualTo("what kind of kit can huawei supply?");
    }

    @Test
    void readsACleftAndAnOpeningClauseAsThePlainQuestion() {
        assertThat(QuestionFocus.of("who it is that chairs the NSC", stats)).isEqualTo("who chairs the NSC");
        assertThat(QuestionFocus.of("When the company issued its statement, what did Huawei say?", stats))
                .startsWith("what did Huawei say?");
        assertThat(Question.of(QuestionFocus.of("When the company issued its statement, what did Huawei say?", stats),
                lexicon, stats).type()).isEqualTo(Question.Type.OTHER);
    }

    @Test
    void keepsOnlyTheStorysWordsOfASentenceThatSetsTheScene() {
        assertThat(QuestionFocus.of("My neighbour was reading about Huawei. Where was the employee arrested?", stats))
                .doesNotContain("neighbour").contains("Huawei").contains("Where was the employee arrested?");
    }
}
