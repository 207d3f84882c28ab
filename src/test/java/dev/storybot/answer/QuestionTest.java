package dev.storybot.answer;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {

    private final Lexicon lexicon = new Lexicon();
    private final CorpusStats stats = new CorpusStats(StoryFixture.PASSAGES);

    @Test
    void aShortSecondQuestionAfterAndIsAPartOfItsOwn() {
        assertThat(Question.parts("cyberuk in glasgow - what day and what venue"))
                .containsExactly("cyberuk in glasgow - what day", "what venue");
        assertThat(Question.parts("who objected and when")).hasSize(1);
    }

    @Test
    void signingSomethingOffIsApprovingIt() {
        assertThat(Question.of("which council signed this off", lexicon, stats).terms()).contains("approved");
    }

    @Test
    void splitsAQuestionThatAsksTwoThings() {
        assertThat(Question.parts("Which body agreed, and on which day did it meet?"))
                .containsExactly("Which body agreed", "on which day did it meet?");
        assertThat(Question.parts("did they back it? who are they"))
                .containsExactly("did they back it", "who are they");
        assertThat(Question.parts("What was arrested and why?")).containsExactly("What was arrested and why?");
        assertThat(Question.parts("when n where r the five eyes ppl meeting, is it the first time"))
                .containsExactly("when r the five eyes ppl meeting", "where r the five eyes ppl meeting", "is it the first time");
        assertThat(Question.parts("Who opposed Huawei and the decision?")).hasSize(1);
    }

    @Test
    void findsTheQuestionWordAfterAnOpeningPhrase() {
        Question q = Question.of("According to the caption, who took the photo?", lexicon, stats);
        assertThat(q.type()).isEqualTo(Question.Type.WHO);
        assertThat(Question.of("On which day will they meet?", lexicon, stats).type()).isEqualTo(Question.Type.WHEN);
    }

    @Test
    void readsAQuizInstructionAsTheQuestionItAsks() {
        Question date = Question.of("Give the precise day on which Huawei opened its testing centres.", lexicon, stats);
        assertThat(date.type()).isEqualTo(Question.Type.WHEN);
        Question paper = Question.of("Name the newspaper that reported the decision.", lexicon, stats);
        assertThat(paper.type()).isEqualTo(Question.Type.WHICH);
        assertThat(paper.slot()).isEqualTo("newspaper");
        assertThat(Question.of("Name one minister who opposed it.", lexicon, stats).type()).isEqualTo(Question.Type.WHO);
    }

    @Test
    void keepsTheNounAfterLevelOfAsTheTopic() {
        Question q = Question.of("What degree of access was Huawei reportedly given?", lexicon, stats);
        assertThat(q.slot()).isEqualTo("access");
        assertThat(q.terms()).contains("access");
    }

    @Test
    void readsChatSpellingsAsTheWordsTheyStandFor() {
        Question why = Question.of("y did huawei sack him tho", lexicon, stats);
        assertThat(why.type()).isEqualTo(Question.Type.WHY);
        assertThat(why.terms()).containsExactlyInAnyOrder("huawei", "sack");
        assertThat(Question.of("wat r these back doors evry1 keeps going on about", lexicon, stats).terms())
                .containsExactlyInAnyOrder("back", "doors", "keeps");
        assertThat(Question.of("has any1 from huawei ever been caught spying", lexicon, stats).terms())
                .containsExactlyInAnyOrder("huawei", "caught", "spying");
    }

    @Test
    void readsAMisspeltCommonWordAsTheWordMeant() {
        // "happend" is "happened", which asks about nothing
        assertThat(Question.of("wat happend to the employee", lexicon, stats).terms()).containsExactly("employee");
        // a word English has is not corrected, and neither is a name
        assertThat(Question.of("What is Huawei's share price?", lexicon, stats).terms()).contains("price");
        assertThat(Question.of("What did Rishi Sunak say?", lexicon, stats).terms()).contains("rishi", "sunak");
    }

    @Test
    void aSmallWordInCapitalsIsEmphasisNotAName() {
        assertThat(Question.of("have huawei sorted ANY of the problems", lexicon, stats).names())
                .doesNotContain(java.util.Set.of("any"));
        assertThat(Question.of("is the employee actually IN that picture", lexicon, stats).names()).isEmpty();
        assertThat(Question.of("what did the US say", lexicon, stats).names()).containsExactly(java.util.Set.of("us"));
    }

    @Test
    void readsScotsSpellingsAndADroppedG() {
        Question q = Question.of("whit did gavin williamson say aboot it", lexicon, stats);
        assertThat(q.type()).isEqualTo(Question.Type.OTHER);
        assertThat(q.terms()).containsExactlyInAnyOrder("gavin", "williamson", "say");
        assertThat(Question.of("did the researchers find the chinese goverment meddlin", lexicon, stats).terms())
                .contains("meddling");
        assertThat(Question.of("wha else got huckled alang wi him in poland?", lexicon, stats).type()).isEqualTo(Question.Type.WHO);
    }

    @Test
    void joinsAWordTypedAsTwo() {
        assertThat(Question.of("what day did they agree to let hua wei in", lexicon, stats).terms()).contains("huawei")
                .doesNotContain("hua", "wei");
    }

    @Test
    void aSumOfMoneyOrAFigureIsAskedForAsANumber() {
        assertThat(Question.of("what revenue did huawei report in its annual report", lexicon, stats).type())
                .isEqualTo(Question.Type.HOW_MANY);
        assertThat(Question.of("huawei annual report - revenue figure?", lexicon, stats).type()).isEqualTo(Question.Type.HOW_MANY);
        assertThat(Question.of("what report did huawei publish", lexicon, stats).type()).isNotEqualTo(Question.Type.HOW_MANY);
    }

    @Test
    void makingTheCallIsDeciding() {
        assertThat(Question.of("which body made the huawei call", lexicon, stats).terms()).contains("decided", "huawei")
                .doesNotContain("made");
        assertThat(Question.of("who took the decision", lexicon, stats).terms()).containsExactly("decided");
    }

    @Test
    void howManyWithARequestToListAsksWhichOnes() {
        Question q = Question.of("list em all how many ministers were against it", lexicon, stats);
        assertThat(q.type()).isEqualTo(Question.Type.WHICH);
        assertThat(q.slot()).isEqualTo("ministers");
        assertThat(Question.of("how many ministers were against it", lexicon, stats).type()).isEqualTo(Question.Type.HOW_MANY);
    }

    @Test
    void aWordWithAPossessiveIsANameNotAModalVerb() {
        // the story writes "Theresa May"; "may's decision" is hers, while "may" alone stays a modal verb
        assertThat(Question.of("what did huawei say in response to may's decision", lexicon, stats).names())
                .contains(java.util.Set.of("may"));
        assertThat(Question.of("may huawei build the network", lexicon, stats).names()).doesNotContain(java.util.Set.of("may"));
    }

    @Test
    void aMisspeltWordIsCorrectedWhenEveryNeighbourAsksAboutNothing() {
        // "evry" is one letter off "every" and "very", neither of which names a topic
        assertThat(Question.of("list evry minister who was against the decision", lexicon, stats).terms())
                .doesNotContain("evry");
    }

    @Test
    void framingPhrasesAskAboutNothing() {
        assertThat(Question.of("did the report find chinese interference, yes or no", lexicon, stats).terms())
                .doesNotContain("yes", "or");
        assertThat(Question.of("who is on record with grave concerns", lexicon, stats).terms()).doesNotContain("record");
        assertThat(Question.of("did Theresa May say yes to Huawei", lexicon, stats).terms()).contains("allow").doesNotContain("yes");
    }

    @Test
    void splitsAWordTheStoryWritesAsTwo() {
        assertThat(Question.of("when is the cybersecurity event", lexicon, stats).terms()).contains("cyber", "security");
    }

    @Test
    void keepsTheNounAfterKindOfAsTheTopic() {
        Question q = Question.of("What sort of access did Huawei get?", lexicon, stats);
        assertThat(q.slot()).isEqualTo("access");
        assertThat(q.terms()).contains("access");
    }

    @Test
    void readsHowOldAsAQuestionAboutAge() {
        assertThat(Question.of("how old is the chairman", lexicon, stats).type()).isEqualTo(Question.Type.AGE);
    }

    @Test
    void readsPhrasalVerbsAndDropsPhrasesThatOnlyFrameTheQuestion() {
        assertThat(Question.of("what will huawei be putting up", lexicon, stats).terms()).contains("build");
        assertThat(Question.of("which countries make up five eyes", lexicon, stats).terms())
                .doesNotContain("make", "up", "");
    }

    @Test
    void aCapitalisedInstitutionIsNotANameTheAnswerMustRepeat() {
        assertThat(Question.of("Which Cabinet ministers raised concerns?", lexicon, stats).names()).isEmpty();
        assertThat(Question.of("whats liam fox's cabinet role", lexicon, stats).names())
                .containsExactly(java.util.Set.of("liam", "fox"));
    }

    @Test
    void readsTheKindOfAnswerPastWordsOfPrecision() {
        // "exact date": a calendar date, which "on Tuesday" does not give
        assertThat(Question.of("On what exact date did they meet?", lexicon, stats).slot()).isEqualTo(AnswerType.EXACT_DATE);
        assertThat(Question.of("On what specific day did they meet?", lexicon, stats).slot()).isEqualTo("day");
        assertThat(Question.of("Which government body approved it?", lexicon, stats).slot()).isEqualTo("body");
        assertThat(Question.of("Which political party is he in?", lexicon, stats).slot()).isEqualTo("party");
    }

    @Test
    void findsWhatAWhoQuestionSaysItsAnswerDid() {
        assertThat(Question.of("Which official chairs the supply chain review?", lexicon, stats).predicate()).isEqualTo("chairs");
        assertThat(Question.of("Who leaked the decision?", lexicon, stats).predicate()).isEqualTo("leaked");
        assertThat(Question.of("Who was against the decision?", lexicon, stats).predicate()).isEmpty();
        assertThat(Question.of("When did they meet?", lexicon, stats).predicate()).isEmpty();
    }

    @Test
    void keepsTheTopicOfAHowQuestion() {
        assertThat(Question.of("how does photosynthesis work", lexicon, stats).terms()).contains("photosynthesis");
        assertThat(Question.of("how many ministers opposed it", lexicon, stats).terms()).doesNotContain("many");
    }

    @Test
    void splitsBeforeAChatSpellingOfAQuestionWord() {
        assertThat(Question.parts("what was he working on and whats his name"))
                .containsExactly("what was he working on", "whats his name");
    }

    @Test
    void aTrailingRequestForExamplesBelongsToThePartBefore() {
        assertThat(Question.parts("what kit can they supply?? some real examples pls"))
                .containsExactly("what kit can they supply examples");
    }

    @Test
    void readsWhatAgeAsAnAgeAndWhatItWasCalledAsAName() {
        assertThat(Question.of("what age is the employee", lexicon, stats).type()).isEqualTo(Question.Type.AGE);
        assertThat(Question.of("what was the arrested employee called again", lexicon, stats).type()).isEqualTo(Question.Type.NAME);
        assertThat(Question.of("what is the exact day and month of the conference", lexicon, stats).slot()).isEqualTo("month");
    }

    @Test
    void aTitleIsNotPartOfTheName() {
        Question q = Question.of("What did Mrs May decide?", lexicon, stats);
        assertThat(q.proper()).doesNotContain("mrs");
        assertThat(q.terms()).doesNotContain("mrs");
    }

    @Test
    void aShoutedNumberIsEmphasisButAnAcronymOfTheKnowledgeIsAName() {
        assertThat(Question.of("which TWO ministers were named last", lexicon, stats).proper()).doesNotContain("two");
        assertThat(Question.of("who chairs the NSC", lexicon, stats).proper()).contains("nsc");
    }

    @Test
    void aQuestionEndingInNameAsksForAName() {
        assertThat(Question.of("the arrested employee's name?", lexicon, stats).type()).isEqualTo(Question.Type.NAME);
        assertThat(Question.of("gchq chief name", lexicon, stats).type()).isEqualTo(Question.Type.NAME);
    }

    @Test
    void aRealWordIsNotSplitInTwoButAJoinedPhraseIs() {
        assertThat(Question.of("list the ministers for my homework", lexicon, stats).terms()).doesNotContain("home", "work");
        assertThat(Question.of("could china demand backdoors", lexicon, stats).terms()).contains("back", "doors");
    }

    @Test
    void readsDictatedLettersAsAnAcronymAndASplitNameAsOneWord() {
        assertThat(Question.of("what did the head of g c h q say", lexicon, stats).terms()).contains("gchq");
        assertThat(Question.of("what is sajid ja vids job", lexicon, stats).terms()).contains("javid");
    }

    @Test
    void whenSlashWhereAsksBoth() {
        assertThat(Question.parts("when/where did the five eyes meet")).containsExactly("when did the five eyes meet",
                "where did the five eyes meet");
    }

    @Test
    void aLongNameTypedInLowerCaseIsStillAName() {
        Question q = Question.of("who is the head of the national cyber security centre", lexicon, stats);
        assertThat(q.names()).contains(Set.of("national", "cyber", "security", "centre"));
        assertThat(q.proper()).isEmpty(); // its words still weigh as the question's topic
    }

    @Test
    void aTrailingRequestForNamesTurnsACountIntoAList() {
        assertThat(Question.parts("How many ministers opposed it? Names and posts please."))
                .containsExactly("How many ministers opposed it list");
        assertThat(Question.of("pls tell name", lexicon, stats).type()).isNotEqualTo(Question.Type.NAME);
    }

    @Test
    void aChatFillerAfterWhatIsNoKindOfAnswer() {
        assertThat(Question.of("non-core kit like what tho", lexicon, stats).slot()).isEmpty();
    }

    @Test
    void aTrailingQuestionWordAsksItOfThePartBefore() {
        assertThat(Question.parts(QuestionFocus.of("five eyes on stage in glasgow? n when", stats)))
                .containsExactly("five eyes on stage in glasgow", "when five eyes on stage in glasgow");
    }

    @Test
    void aLightVerbIsNoPredicateAndMakingARemarkIsSaying() {
        assertThat(Question.of("At which occasion made Chairman Guo the comment", lexicon, stats).predicate()).isEmpty();
        assertThat(Question.of("When did Chairman Guo make his comments about the US?", lexicon, stats).terms())
                .contains("said").doesNotContain("make");
    }

    @Test
    void theNounBeforeTheVerbIsTheKindAskedForAndAnUnknownKindIsTheTopic() {
        assertThat(Question.of("Which industry analysts are named?", lexicon, stats).slot()).isEqualTo("analysts");
        Question carriers = Question.of("which uk carriers are using huawei gear", lexicon, stats);
        assertThat(carriers.slot()).isEmpty();
        assertThat(carriers.terms()).contains("carriers");
        assertThat(Question.of("the name of the former member of the Polish intelligence service", lexicon, stats).type())
                .isEqualTo(Question.Type.NAME);
    }

    @Test
    void apartFromInScotsExcludesToo() {
        assertThat(Question.of("apart fae hunt n javid did any other ministers oppose it", lexicon, stats).excluded())
                .contains("hunt", "javid");
    }

    @Test
    void usAfterAVerbOrPrepositionIsThePronounAndLikeIsAFiller() {
        assertThat(Question.of("how could china use huawei to spy on us", lexicon, stats).terms()).doesNotContain("us");
        assertThat(Question.of("did the us ban huawei", lexicon, stats).terms()).contains("us");
        assertThat(Question.of("how could china spy on the US, like whats the worry", lexicon, stats).terms())
                .contains("us").doesNotContain("like");
    }

    @Test
    void howMuchAreCountsTheNounAfterTheVerb() {
        assertThat(Question.of("how much r tickets for CYBERUK", lexicon, stats).counted()).isEqualTo("tickets");
        assertThat(Question.of("how many were arrested", lexicon, stats).counted()).isEqualTo("were");
    }

    @Test
    void theVerbAfterAModalIsWhatTheAnswerDid() {
        assertThat(Question.of("According to critics, who could require Huawei to install back doors?", lexicon, stats).predicate())
                .isEqualTo("require");
    }

    @Test
    void aNewspaperAfterReportOfIsItsSourceNotItsTopic() {
        Question q = Question.of("How has responded Downing Street to the report of the Telegraph?", lexicon, stats);
        assertThat(q.names()).noneMatch(name -> name.contains("telegraph"));
        assertThat(Question.of("who was the source of the leak of the NSC discussion", lexicon, stats).names())
                .anyMatch(name -> name.contains("nsc"));
    }

    @Test
    void readsBinningOffTakingTheDecisionAndFrenchFalseFriends() {
        assertThat(Question.of("did huawei stick up for him or bin him off", lexicon, stats).terms()).contains("sacked")
                .doesNotContain("stick");
        assertThat(Question.of("Which organism has taken the decision concerning Huawei", lexicon, stats).terms()).contains("decided");
        assertThat(Question.of("What is the function of Penny Mordaunt?", lexicon, stats).terms()).doesNotContain("function");
    }

    @Test
    void aKindOfAnswerTheStoryNeverSpeaksOfIsTheTopicAndNamingOnePersonAsksForAName() {
        Question sentence = Question.of("what sentence did wang weijing get", lexicon, stats);
        assertThat(sentence.slot()).isEmpty();
        assertThat(sentence.terms()).contains("sentence");
        assertThat(Question.of("name the former polish intelligence officer arrested with the huawei employee", lexicon, stats)
                .type()).isEqualTo(Question.Type.NAME);
        assertThat(Question.of("name the two agencies behind the report", lexicon, stats).type()).isEqualTo(Question.Type.WHICH);
        assertThat(Question.of("Chairman Guo - guo who", lexicon, stats).type()).isEqualTo(Question.Type.NAME);
        assertThat(Question.of("apart of Sajid Javid, who more ministers were in contra of the decision", lexicon, stats)
                .excluded()).contains("javid");
    }

    @Test
    void howMuchTimeAgoIsHowLongAgo() {
        assertThat(Question.of("how much time ago huawei was confronted first time with the problems", lexicon, stats).type())
                .isEqualTo(Question.Type.HOW_LONG);
    }

    @Test
    void aPlusOrWhereaboutsStartsAnotherQuestion() {
        assertThat(Question.parts("name of the employee arrested in Poland + what action did Huawei take")).hasSize(2);
        assertThat(Question.parts(QuestionFocus.of("On what day is CYBERUK, and whereabouts in Glasgow is it held?", stats)))
                .containsExactly("On what day is CYBERUK", "where in Glasgow is it held?");
    }
}
