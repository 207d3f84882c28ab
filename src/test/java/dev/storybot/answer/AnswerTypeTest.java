package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTypeTest {

    private final Lexicon lexicon = new Lexicon();
    private final CorpusStats stats = new CorpusStats(StoryFixture.PASSAGES);

    private boolean fits(String question, String sentence) {
        Question q = Question.of(question, lexicon, stats);
        return AnswerType.fits(q, lexicon.instancesOf(q.slot()), sentence, lexicon);
    }

    @Test
    void aWhenAnswerNeedsADateNotAPersonCalledMay() {
        assertThat(fits("When did it happen?", "Theresa May has given the green light.")).isFalse();
        assertThat(fits("When did it happen?", "It happened in May 2019.")).isTrue();
        assertThat(fits("When did it happen?", "They met on Tuesday.")).isTrue();
        assertThat(fits("When did it happen?", "It happened recently.")).isFalse();
    }

    @Test
    void aHowManyAnswerCountsWhatIsAsked() {
        assertThat(fits("How many countries will meet?", "All five countries will meet.")).isTrue();
        assertThat(fits("How many people will attend?", "All five countries will meet.")).isFalse();
        assertThat(fits("How many people will attend?", "Five ministers will attend.")).isTrue();
    }

    @Test
    void aWhichNewspaperAnswerNamesANewspaper() {
        assertThat(fits("Which newspaper reported it?", "It was reported, according to the Daily Telegraph.")).isTrue();
        assertThat(fits("Which newspaper reported it?", "It was reported by ministers.")).isFalse();
    }

    @Test
    void aWhyAnswerGivesAReason() {
        assertThat(fits("Why was he arrested?", "He was arrested on suspicion of spying.")).isTrue();
        assertThat(fits("Why was he arrested?", "He was arrested in Poland.")).isFalse();
    }

    @Test
    void aNameIsTwoCapitalisedWordsTheQuestionDidNotGive() {
        Question q = Question.of("What is Chairman Guo's first name?", lexicon, stats);
        assertThat(AnswerType.namesPerson(q, "Chairman Guo said the US was sore.")).isFalse();
        assertThat(AnswerType.namesPerson(q, "The employee, named as Wang Weijing, was sacked.")).isTrue();
        assertThat(AnswerType.PERSON_STEMS).contains(Terms.stem("employee"));
    }

    @Test
    void aWhatDateAnswerNeedsACalendarDateNotAVagueTime() {
        assertThat(fits("On what specific date will the review report?", "It will report in due course.")).isFalse();
        assertThat(fits("On what specific date will the review report?", "It will report on Tuesday.")).isTrue();
        assertThat(fits("When will the review report?", "It will report in due course.")).isTrue();
    }

    @Test
    void aWhichBodyAnswerNamesAnOrganisation() {
        assertThat(fits("Which government body signed it off?", "The National Security Council agreed on Tuesday.")).isTrue();
        assertThat(fits("Which government body signed it off?", "The NSC agreed on Tuesday.")).isTrue();
        assertThat(fits("Which government body signed it off?", "Theresa May has given the green light.")).isFalse();
    }

    @Test
    void aWhatTimeAnswerNeedsATimeOfDay() {
        assertThat(fits("What time does the session begin?", "They will meet in Glasgow on Wednesday.")).isFalse();
        assertThat(fits("What time does the session begin?", "The session begins at 10am.")).isTrue();
    }

    @Test
    void aQuestionForSomeonesWordsNeedsAQuotation() {
        assertThat(fits("What phrase did he use?", "He said he has “grave concerns” about it.")).isTrue();
        assertThat(fits("What phrase did he use?", "He was among those against the decision.")).isFalse();
    }

    @Test
    void fiveEyesIsNoPersonsNameAndAWeekdayIsNoMonth() {
        Question q = Question.of("what was the spy called", lexicon, stats);
        assertThat(AnswerType.namesPerson(q, "Members of the Five Eyes intelligence alliance are to meet.")).isFalse();
        assertThat(fits("Which month will they meet?", "They will meet in Glasgow on Wednesday.")).isFalse();
        assertThat(fits("Which month was he arrested?", "In January, an employee was arrested.")).isTrue();
    }

    @Test
    void aBodysNameIsNoPersonsName() {
        Question q = Question.of("who heads it", lexicon, stats);
        assertThat(AnswerType.namesPerson(q, "A report from the National Cyber Security Centre was published.")).isFalse();
        assertThat(AnswerType.namesPerson(q, "The head of GCHQ, Jeremy Fleming, spoke.")).isTrue();
    }
}
