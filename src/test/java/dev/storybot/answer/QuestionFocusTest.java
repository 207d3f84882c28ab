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
    void aTopicPutFirstTakesThePlaceOfThePronounThatAsksAboutIt() {
        assertThat(QuestionFocus.of("Hunt and Javid, what are their jobs", stats)).isEqualTo("what are Hunt and Javid's jobs");
        assertThat(QuestionFocus.of("the NSC, who chairs it?", stats)).isEqualTo("who chairs the NSC?");
        assertThat(QuestionFocus.of("In its statement, what does Huawei say it requires of its staff?", stats))
                .startsWith("In its statement, what does Huawei say");
    }

    @Test
    void dropsTheAskersReasonAndAGuessAfterTheQuestion() {
        assertThat(QuestionFocus.of("who chaired the meeting?? because the coverage is all over the place", stats))
                .isEqualTo("who chaired the meeting??");
        assertThat(QuestionFocus.of("which body agreed to it? the cabinet or something else", stats))
                .isEqualTo("which body agreed to it?");
    }

    @Test
    void dropsTheAskersFramingAGuessedReasonAndTickers() {
        assertThat(QuestionFocus.of("MI6 chief's view of chinese firms - hawkish or dovish?", stats))
                .isEqualTo("MI6 chief's view of chinese firms?");
        assertThat(QuestionFocus.of("MI6 chief's view - risk or opportunity?", stats)).contains("risk or opportunity");
        assertThat(QuestionFocus.of("why did huawei sack him, just to save face?", stats)).isEqualTo("why did huawei sack him?");
        assertThat(QuestionFocus.of("what did the US do to $HWI", stats)).doesNotContain("$");
    }

    @Test
    void aQuestionTheAskerCorrectsIsReadAsCorrected() {
        assertThat(QuestionFocus.of("what's China's line - oh sorry, what did Huawei's statement say?", stats))
                .isEqualTo("what did Huawei's statement say?");
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

    @Test
    void dropsGreetingsThanksAndApologiesAroundTheQuestion() {
        assertThat(QuestionFocus.of("Good afternoon everyone. Who chairs the NSC? Many thanks in advance.", stats))
                .isEqualTo("Who chairs the NSC?");
        assertThat(QuestionFocus.of("Where was the employee arrested? Thank you, and sorry if this has been asked before.", stats))
                .isEqualTo("Where was the employee arrested?");
    }

    @Test
    void readsAQuestionAskedInsideAStatementAndDropsTheGuessAfterIt() {
        String focused = QuestionFocus.of("Hello all, I read the piece last night but I can't remember which day the NSC met."
                + " Was it a Friday?", stats);
        assertThat(focused).contains("which day the NSC met").doesNotContain("Friday").doesNotContain("remember");
    }

    @Test
    void dropsARemarkAboutTheAskerAfterTheQuestion() {
        assertThat(QuestionFocus.of("Who was the Defence Secretary? I always mix the ministers up.", stats))
                .isEqualTo("Who was the Defence Secretary?");
        assertThat(QuestionFocus.of("Where did the arrest happen? Being Polish myself I assume it was Warsaw.", stats))
                .isEqualTo("Where did the arrest happen?");
        assertThat(QuestionFocus.of("Hi. I'd like to know who chairs the NSC.", stats)).endsWith("who chairs the NSC.")
                .doesNotContain("like");
    }

    @Test
    void readsTheQuestionAfterALongSceneSettingClause() {
        String focused = QuestionFocus.of("My neighbour keeps telling me the Prime Minister decides everything, so who chaired"
                + " the NSC meeting?", stats);
        assertThat(focused).endsWith("who chaired the NSC meeting?").doesNotContain("neighbour");
        // a phrase of the question itself is no scene
        assertThat(QuestionFocus.of("Apart from Hunt, Javid and Williamson, which other ministers opposed it?", stats))
                .isEqualTo("Apart from Hunt, Javid and Williamson, which other ministers opposed it?");
    }

    @Test
    void dropsOrWhatAfterAYesOrNoQuestionAndWhenHesAtHome() {
        assertThat(QuestionFocus.of("yo so has the uk let huawei in or what", stats)).isEqualTo("yo so has the uk let huawei in");
        assertThat(QuestionFocus.of("who is gavin williamson when he's at home", stats)).isEqualTo("who is gavin williamson");
    }

    @Test
    void readsCantoneseQuestionWordsAndDropsWhatTheAnswerIsForAtTheStart() {
        assertThat(QuestionFocus.of("dim gaai did huawei sack him", stats)).isEqualTo("why did huawei sack him");
        assertThat(QuestionFocus.of("gei do countries are in five eyes ah", stats)).startsWith("how many countries");
        assertThat(QuestionFocus.of("i need every minister against it for my homework", stats))
                .isEqualTo("every minister against it");
    }

    @Test
    void dropsAnAsideInBracketsAndARemarkAfterAComma() {
        assertThat(QuestionFocus.of("did the PM (their version of a president i guess?) approve it", stats))
                .isEqualTo("did the PM approve it");
        assertThat(QuestionFocus.of("what are back doors, sounds like a film plot lol", stats)).isEqualTo("what are back doors");
        assertThat(QuestionFocus.of("sorry if this is a silly question but who chairs the NSC", stats)).isEqualTo("who chairs the NSC");
        // brackets that only spell out a name stay
        assertThat(QuestionFocus.of("what did the National Cyber Security Centre (NCSC) find?", stats)).contains("(NCSC)");
    }

    @Test
    void dropsARemarkOnTheTextAfterTheQuestion() {
        assertThat(QuestionFocus.of("What is the Defence Secretary's first name? It just says Williamson.", stats))
                .isEqualTo("What is the Defence Secretary's first name?");
    }

    @Test
    void dropsAnOtherAnswerInWordsTheStoryNeverUsesButKeepsOneItDoes() {
        assertThat(QuestionFocus.of("did huawei sack the worker or stand by him", stats)).isEqualTo("did huawei sack the worker");
        assertThat(QuestionFocus.of("did huawei sack the worker or yeet him", stats)).isEqualTo("did huawei sack the worker or yeet him");
        assertThat(QuestionFocus.of("is huawei in the core network or just the edge stuff like antennas", stats))
                .isEqualTo("is huawei in the core network or just the edge stuff like antennas");
        assertThat(QuestionFocus.of("has the NSC done anything or just waffle", stats)).isEqualTo("has the NSC done anything");
    }

    @Test
    void dropsWhatTheAnswerIsForAndWhereInThePieceItIs() {
        assertThat(QuestionFocus.of("what day did the NSC meet, want to say it on air", stats)).isEqualTo("what day did the NSC meet");
        assertThat(QuestionFocus.of("what did the caption near the top say", stats)).isEqualTo("what did the caption say");
        assertThat(QuestionFocus.of("need the list of ministers against it", stats)).isEqualTo("the list of ministers against it");
    }

    @Test
    void dropsRemarksOnThePieceOrOnWhatWeAlreadyHave() {
        assertThat(QuestionFocus.of("What is the Defence Secretary's first name? The article only ever says Williamson.", stats))
                .isEqualTo("What is the Defence Secretary's first name?");
        assertThat(QuestionFocus.of("Who chairs the review? We got the MI6 and GCHQ people but not them.", stats))
                .isEqualTo("Who chairs the review?");
        assertThat(QuestionFocus.of("Who chairs the review?? dont want to just say 'a spokeswoman'", stats))
                .isEqualTo("Who chairs the review??");
    }

    @Test
    void dropsAShortGuessYesNoMarkersAndAsidesAboutWhyOneAsks() {
        assertThat(QuestionFocus.of("Which agencies wrote the report? MI6 alone?", stats)).isEqualTo("Which agencies wrote the report?");
        assertThat(QuestionFocus.of("Did researchers find interference? Y/N", stats)).isEqualTo("Did researchers find interference?");
        assertThat(QuestionFocus.of("what did the NSC approve? (asking bc our government does the same)", stats))
                .isEqualTo("what did the NSC approve?");
        assertThat(QuestionFocus.of("did hunt oppose it? curious how other ministers voted", stats)).isEqualTo("did hunt oppose it?");
        // a short follow-up that says what form the answer takes is no guess
        assertThat(QuestionFocus.of("what did hunt say? got a quote?", stats)).contains("quote");
    }

    @Test
    void dropsAStatementAfterTheQuestionButNotARequestATagOrAYesNo() {
        assertThat(QuestionFocus.of("Was anybody sacked over the leaks? Huawei sacked their man after all.", stats))
                .isEqualTo("Was anybody sacked over the leaks?");
        assertThat(QuestionFocus.of("How many ministers opposed it? Names and posts please.", stats)).contains("Names");
        assertThat(QuestionFocus.of("is it a done deal tho? digital minister reckons summat different dont she", stats))
                .contains("digital minister");
        assertThat(QuestionFocus.of("Have Berlin and Paris excluded Huawei? Yes or no.", stats)).contains("Yes or no");
    }

    @Test
    void dropsWhyTheAskerAsksInBracketsOrInATrailingClause() {
        assertThat(QuestionFocus.of("Just a quick one (well, quick for us!): are Huawei's devices already in homes?", stats))
                .isEqualTo("are Huawei's devices already in homes?");
        assertThat(QuestionFocus.of("Does the article give any example of non-core kit, as none of us are very technical?", stats))
                .isEqualTo("Does the article give any example of non-core kit?");
        assertThat(QuestionFocus.of("Could you kindly tell us who chairs the NSC?", stats)).isEqualTo("who chairs the NSC?");
    }

    @Test
    void readsWhatSomeoneElseWantedToKnowAndDropsAHalfRememberedAnswer() {
        assertThat(QuestionFocus.of("Over coffee one of our members (a former geography teacher) wanted to know exactly what "
                + "Huawei has been given the go-ahead to help build?", stats)).contains("what Huawei has been given")
                .doesNotContain("wanted");
        assertThat(QuestionFocus.of("whats the spy guys name again, wang something?", stats)).doesNotContainIgnoringCase("wang");
    }

    @Test
    void dropsWhatAnExamQuestionIsWorthAndSarcasm() {
        assertThat(QuestionFocus.of("outline how huawei responded to the arrest (2 marks)", stats))
                .isEqualTo("outline how huawei responded to the arrest");
        assertThat(QuestionFocus.of("and what was their excuse for firing him, convenient much", stats))
                .isEqualTo("and what was their excuse for firing him");
    }

    @Test
    void dropsWhatTheAskerDoesNotWantAfterTheQuestion() {
        assertThat(QuestionFocus.of("What was the actual date of the NSC meeting? Not merely 'Tuesday' - the date pls", stats))
                .isEqualTo("What was the actual date of the NSC meeting?");
    }

    @Test
    void readsAnalystsShorthandInCapitalsOnly() {
        assertThat(QuestionFocus.of("where has HW opened testing centres?", stats)).contains("Huawei");
        assertThat(QuestionFocus.of("hw many ministers opposed it", stats)).doesNotContain("Huawei");
    }

    @Test
    void dropsAGlossInWordsTheStoryNeverUsesAndASignOff() {
        assertThat(QuestionFocus.of("where has Huawei opened testing centres for regulators (transparency/assurance play)?", stats))
                .isEqualTo("where has Huawei opened testing centres for regulators?");
        assertThat(QuestionFocus.of("what did the NSC agree (the security council)?", stats)).contains("(the security council)");
        assertThat(QuestionFocus.of("When did Chairman Guo say it? Thanks in advance, Grandpa Tom", stats))
                .isEqualTo("When did Chairman Guo say it?");
        assertThat(QuestionFocus.of("Sorry to bother everyone, what day did the NSC meet?", stats))
                .isEqualTo("what day did the NSC meet?");
    }

    @Test
    void readsTheFormalPhrasingsOfPlainQuestions() {
        assertThat(QuestionFocus.of("Good afternoon. Having served some years in Whitehall myself, I am curious as to the day"
                + " upon which the NSC met; could you enlighten me?", stats)).doesNotContain("Whitehall").doesNotContain("curious")
                .doesNotContain("enlighten").contains("the day upon which the NSC met");
        assertThat(QuestionFocus.of("What became of Mr Wang so far as his employment was concerned?", stats))
                .isEqualTo("what happened to Mr Wang regarding his employment?");
        assertThat(QuestionFocus.of("Forgive what may be a rather elementary question, but is it in fact the case that Huawei"
                + " devices are in UK homes?", stats)).isEqualTo("is it true that Huawei devices are in UK homes?");
        assertThat(QuestionFocus.of("On what occasion, pray, did Chairman Guo speak?", stats))
                .isEqualTo("On what occasion did Chairman Guo speak?");
        assertThat(QuestionFocus.of("May I ask the name of the man arrested with him?", stats))
                .isEqualTo("the name of the man arrested with him?");
        assertThat(QuestionFocus.of("I would be much obliged for a complete list of the ministers, together with their"
                + " portfolios.", stats)).isEqualTo("a list of the ministers and their portfolios.");
        assertThat(QuestionFocus.of("since when has Huawei been in UK homes", stats)).isEqualTo("when has Huawei been in UK homes");
    }

    @Test
    void aSemicolonEndsTheSceneBeforeTheQuestion() {
        assertThat(QuestionFocus.of("I am rather hazy on the Five Eyes alliance which the article mentions; which countries"
                + " are members of it?", stats)).endsWith(". which countries are members of it?").doesNotContain("hazy");
    }

    @Test
    void dropsAnAlternativeInTheStorysAbsentWordsAfterAPrefixAndReadsAListRequest() {
        assertThat(QuestionFocus.of("genuine q not trolling: did the NCSC find any evidence of Chinese meddling or is it all"
                + " vibes", stats)).endsWith("did the NCSC find any evidence of Chinese meddling");
        assertThat(QuestionFocus.of("full list of cabinet ministers who reportedly told TM this was a terrible idea pls. want"
                + " names for the inevitable leak inquiry", stats)).startsWith("list of cabinet ministers who reportedly")
                .doesNotContain("inquiry");
    }

    @Test
    void mentionsAndClosingHashtagsAreNotAskedButAHashtagTheQuestionNeedsIs() {
        assertThat(QuestionFocus.of("@storybot who chairs the NSC", stats)).isEqualTo("who chairs the NSC");
        assertThat(QuestionFocus.of("who greenlit it? #Huawei #FakeNews", stats)).isEqualTo("who greenlit it?");
        assertThat(QuestionFocus.of("list every minister against this, all of them pls #Huawei", stats)).doesNotContain("#");
        assertThat(QuestionFocus.of("what is #FiveEyes", stats)).isEqualTo("what is #FiveEyes");
        assertThat(QuestionFocus.of("email me at bob@example.com", stats)).contains("bob@example.com");
    }

    @Test
    void emojiShortcodesAndServerEmojiAreNotAsked() {
        assertThat(QuestionFocus.of(":skull: who chairs the NSC <:pepe:81234> :thinking_face:", stats)).isEqualTo("who chairs the NSC");
        assertThat(QuestionFocus.of("did they meet at 10:30:15 on wednesday", stats)).contains("10:30:15");
    }

    @Test
    void whereInTheTextToLookIsNotAsked() {
        assertThat(QuestionFocus.of("According to paragraph 2, which group agreed to let Huawei in?", stats))
                .isEqualTo("which group agreed to let Huawei in?");
        assertThat(QuestionFocus.of("who chaired it (para 3)?", stats)).isEqualTo("who chaired it?");
    }
}
