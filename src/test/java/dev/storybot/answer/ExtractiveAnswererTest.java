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
    void answersAQuestionTypedInChatSpellings() {
        assertThat(service.ask("y did huawei sack him tho").text()).contains("acted on his own");
        assertThat(service.ask("wat did gavin williamson say abt huawei b4").text()).contains("grave concerns");
        assertThat(service.ask("did theresa may actualy say yes to huawei doing the 5g thing or nah??").text())
                .contains("go-ahead");
    }

    @Test
    void aRequestForAnEssayIsNotTheSameAsMentioningOne() {
        assertThat(service.ask("write an essay about Huawei").abstained()).isTrue();
        assertThat(service.ask("list evry minister who was against mays decision pls need it for my essay").text())
                .contains("Jeremy Hunt");
    }

    @Test
    void aCityIsNotAnsweredWithCountries() {
        assertThat(service.ask("which city is huawei's testing centre in").abstained()).isTrue();
        assertThat(service.ask("In which city will the Five Eyes representatives meet?").text()).contains("Glasgow");
    }

    @Test
    void howLongIsAnsweredWithADurationNotADate() {
        assertThat(service.ask("how long did wang weijing get sent down for in poland").abstained()).isTrue();
    }

    @Test
    void aWhenQuestionIsNotAnsweredWithTheTimeItAlreadyGives() {
        assertThat(service.ask("The NSC meeting was on Tuesday. Tuesday of which month?").abstained()).isTrue();
        assertThat(service.ask("which week was the tuesday the NSC agreed to it?").abstained()).isTrue();
        assertThat(service.ask("On which day did the NSC agree to allow Huawei limited access?").text()).contains("Tuesday");
    }

    @Test
    void aPartThatOnlySaysWhatFormTheAnswerTakesIsNotAQuestionOfItsOwn() {
        Answer a = service.ask("On what date did the Trump administration formally ban Huawei from US government networks? month and year would do");
        assertThat(a.abstained()).isTrue();
    }

    @Test
    void aSentenceThatAsksAQuestionAnswersNothing() {
        var passages = java.util.List.of(
                new dev.storybot.knowledge.Passage("n.md#1", "n.md", 1, "", "headline", dev.storybot.knowledge.PassageKind.BODY,
                        "Why has the council given the bridge contract to Acme?"),
                new dev.storybot.knowledge.Passage("n.md#2", "n.md", 2, "", "paragraph 1", dev.storybot.knowledge.PassageKind.BODY,
                        "The council voted for the plan on Monday."));
        var hits = passages.stream().map(p -> new Evidence.Hit(p, 1, 0.5, 1)).toList();
        Evidence evidence = new Evidence("q", java.util.List.of(), hits, new CorpusStats(passages));
        assertThat(new ExtractiveAnswerer().answer("what is the value of the bridge contract given to Acme", evidence, t -> { })
                .abstained()).isTrue();
    }

    @Test
    void inItsOwnDefenceIsNotTheDefenceSecretary() {
        assertThat(service.ask("what would huawei say in its own defence about the spying case? their statement").text())
                .contains("complies");
    }

    @Test
    void aPartThatOnlySaysWhatTheAskerNeedsIsNotAQuestionOfItsOwn() {
        assertThat(service.ask("when's the final decision getting announced?? need a date").abstained()).isTrue();
    }

    @Test
    void readsOkdAsApprovedStatesAsCountriesAndIForgetAsNothing() {
        assertThat(service.ask("wait who actually chairs the NSC thing that ok'd it").text()).contains("Prime Minister");
        assertThat(service.ask("which states have imposed curbs on huawei tech rather than an outright ban?").text())
                .contains("Australia");
        assertThat(service.ask("wat country was the huawei guy arrested in i forget").text()).contains("Poland");
    }

    @Test
    void answersAQuestionAskedInScots() {
        assertThat(service.ask("whit was the name o the huawei worker that got his jotters").text()).contains("Wang Weijing");
        assertThat(service.ask("could the uk end up fallin oot wi the yanks ower this").text()).contains("strains");
        assertThat(service.ask("whit's the MI6 heid bummer sayin aboot chinese firms").text()).contains("Alex Younger");
    }

    @Test
    void answersAQuestionTypedInRomanisedHindiOrUrdu() {
        assertThat(service.ask("huawei wale employee ka naam kya tha jo poland me pakda gaya").text()).contains("Wang Weijing");
        assertThat(service.ask("five eyes wale log glasgow me kab milenge").text()).contains("Wednesday");
        assertThat(service.ask("MI6 chief ne chinese firms ke baare me kya kaha").text()).contains("comfortable");
        assertThat(service.ask("kya germany ne huawei ko ban kar diya?").text()).contains("resisted");
        assertThat(service.ask("huawei ka CEO kaun hai yaar").abstained()).isTrue();
        assertThat(service.ask("huawei pe jasoosi ka ilzaam sach hai kya?").text()).contains("spying");
        assertThat(service.ask("Gavin Williamson ne kya concern dikhaya tha").text()).contains("grave concerns");
    }

    @Test
    void readsBritishSlangAndNicknames() {
        assertThat(service.ask("might the whole business mess up relations with washington").text()).contains("strains");
        assertThat(service.ask("how much progress has huawei made on the issues").text()).contains("no material progress");
        assertThat(service.ask("what did the Maybot's security council agree, and on which day").text()).contains("Tuesday");
        assertThat(service.ask("is the rest of five eyes being urged to ban huawei").text()).contains("urged the other nations");
    }

    @Test
    void aCorrectedNameAndARemarkAboutTheAskerAreReadAsMeant() {
        assertThat(service.ask("what did Captain Mainwaring (sorry, Home Secretary Sajid Javid) think of the decision").text())
                .contains("Javid");
        assertThat(service.ask("what are Hunt and Javid's jobs, i can never keep the cabinet straight").text())
                .contains("Foreign Secretary");
    }

    @Test
    void aCountryListedOnlyAsAMemberOfWhatAGlossExplainsDidNothingItself() {
        assertThat(service.ask("what has australia decided about huawei").text()).contains("curbs");
        assertThat(service.ask("what did new zealand decide on huawei 5g").abstained()).isTrue();
        assertThat(service.ask("Canada and New Zealand, did they block huawei?").abstained()).isTrue();
        assertThat(service.ask("is canada in the five eyes alliance?").text()).contains("Canada");
    }

    @Test
    void answersEachOfTwoShortQuestionsAboutOneTopic() {
        String answer = service.ask("five eyes together on one stage in britain - what day and what venue").text();
        assertThat(answer).contains("Wednesday").contains("Scottish Event Campus");
    }

    @Test
    void aDifferenceAsksAboutBothAndReportingBackIsReporting() {
        assertThat(service.ask("what's the difference between Alex Younger's job and Jeremy Fleming's?").text())
                .contains("MI6 chief").contains("head of GCHQ");
        assertThat(service.ask("when will the supply chain review be reporting back?").text()).contains("in due course");
    }

    @Test
    void aParagraphThatOnlyAddsOneMoreToAListIsKeptWithIt() {
        assertThat(service.ask("list every cabinet guy who reportedly opposed the huawei call").text())
                .contains("Hunt").contains("Javid").contains("Williamson").contains("Fox").contains("Mordaunt");
    }

    @Test
    void whoBrokeTheStoryIsAnsweredWhereTheStoryFirstCreditsIt() {
        Answer answer = service.ask("which paper broke the news?");
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).quote()).contains("according to the Daily Telegraph");
    }

    @Test
    void readsIdiomsOfPoliticalChat() {
        assertThat(service.ask("has huawei been banned across the pond?").text()).contains("banned");
        assertThat(service.ask("how did Margot James pour cold water on the story").text()).contains("final decision");
        assertThat(service.ask("who was Mrs May ignoring?").text()).contains("Hunt");
        assertThat(service.ask("did Gav Williamson say anything of substance about it?").text()).contains("grave concerns");
    }

    @Test
    void aFullNameIsANameTheQuestionDoesNotAlreadyGive() {
        assertThat(service.ask("chairman guo's full name?").abstained()).isTrue();
        assertThat(service.ask("the huawei employee's full name?").text()).contains("Wang Weijing");
    }

    @Test
    void aQuestionAboutAPicturesCreditGetsTheCaptionsCreditLine() {
        assertThat(service.ask("pic credit on the 'not pictured' employee caption?").text()).contains("Credit: AP");
    }

    @Test
    void aSumTheStoryNeverGivesIsNotAnsweredWithTheReportItCameIn() {
        assertThat(service.ask("what revenue figure did huawei report in the annual report guo presented?").abstained()).isTrue();
    }

    @Test
    void whatLettersStandForIsAnsweredOnlyBySpellingThemOut() {
        assertThat(service.ask("What does PA stand for in the photo credits?").abstained()).isTrue();
        assertThat(service.ask("what does NCSC stand for?").text()).contains("National Cyber Security Centre");
    }

    @Test
    void aLongNameIsNotCoveredByOneOfItsWords() {
        // the National Security Council is chaired by the Prime Minister; the story names no head of the NCSC
        assertThat(service.ask("Who is the head of the National Cyber Security Centre?").abstained()).isTrue();
        assertThat(service.ask("Who chairs the National Security Council?").text()).contains("Prime Minister");
    }

    @Test
    void nameOfTheAsksForAName() {
        assertThat(Question.of("name of the former polish intelligence officer arrested with the huawei employee?", new Lexicon(),
                new CorpusStats(StoryFixture.PASSAGES)).type()).isEqualTo(Question.Type.NAME);
        assertThat(service.ask("name of the former polish intelligence officer arrested with the huawei employee?").abstained()).isTrue();
    }

    @Test
    void theGuyIsWhoeverTheQuestionDescribes() {
        assertThat(service.ask("whats the name of the huawei guy they caught in poland").text()).contains("Wang Weijing");
        assertThat(service.ask("What is the name of the polish intelligence man who was arrested?").abstained()).isTrue();
    }

    @Test
    void spooksAreIntelligenceAndAScoopIsAReport() {
        assertThat(service.ask("which minister tried to play down the telegraph scoop").text()).contains("Margot James");
        assertThat(service.ask("did the spooks find any actual evidence of chinese govt interference in huawei kit??").text())
                .contains("saw nothing");
    }

    @Test
    void theGuyTheQuestionAsksAboutIsNotTheEmployeeItMentions() {
        Answer a = service.ask("what was the name of the ex-Polish intelligence service bloke who was arrested along with the Huawei 5G employee?");
        assertThat(a.abstained()).isTrue();
        assertThat(service.ask("What was the name of the Huawei employee arrested in Poland?").text()).contains("Wang Weijing");
    }

    @Test
    void anyOfTheEquallyRarestWordsMayBeTheOneTheAnswerCovers() {
        // "official", "conduct" and "law" are equally rare in the story; the statement covers the law
        assertThat(service.ask("In its official statement, what did Huawei claim about its conduct with regard to the law in the countries it operates in?").text())
                .contains("complies");
    }

    @Test
    void aLabIsATestingCentreAndPokingAtProductsIsExaminingThem() {
        assertThat(service.ask("does Huawei have a lab anywhere where regulators can poke at its kit?").text())
                .contains("Belgium");
    }

    @Test
    void readsEverydayAndWorkplaceWordsForTheStorysOwn() {
        assertThat(service.ask("who is the photographer of the picture of Hunt and Javid?").text()).contains("Stefan Rousseau");
        assertThat(service.ask("was the employee terminated after the arrest?").text()).contains("sacked");
        assertThat(service.ask("has huawei done any remediation on the stuff flagged last yr?").text()).contains("no material progress");
        assertThat(service.ask("whats huawei's PR line abt following laws").text()).contains("complies");
        assertThat(QuestionFocus.of("has huawei gone a year w/o fixing them, w/ no progress?", new CorpusStats(StoryFixture.PASSAGES)))
                .isEqualTo("has huawei gone a year without fixing them, with no progress?");
    }

    @Test
    void aPluralTheWordListLacksIsNotTakenForAMisspelling() {
        // "masts" is not in the list, but "mast" is: it is no misspelt "lasts"
        assertThat(Question.of("like masts or the whole lot?", new Lexicon(), new CorpusStats(StoryFixture.PASSAGES)).terms())
                .contains("masts");
    }

    @Test
    void answersWhenAndWhereBoth() {
        assertThat(service.ask("Where and when is the meeting of the Five Eyes?").text()).contains("Glasgow").contains("Wednesday");
        assertThat(service.ask("when n where r the five eyes ppl meeting, is it the first time").text())
                .contains("Glasgow").contains("Wednesday").contains("first time");
    }

    @Test
    void whoHoldsARoleIsAnsweredOnlyBySentenceNamingTheRole() {
        assertThat(service.ask("who's the head of the NCSC, is it named anywhere").abstained()).isTrue();
        assertThat(service.ask("Who is the head of the NCSC?").abstained()).isTrue();
        assertThat(service.ask("Who is the chief of MI6?").text()).contains("Alex Younger");
    }

    @Test
    void readsShownInThePhotoAsPictured() {
        assertThat(service.ask("is the arrested employee actually shown in the photo used for the spying section?").text())
                .contains("not pictured");
    }

    @Test
    void aFramingPhraseDoesNotKeepTheAnswerAway() {
        assertThat(service.ask("who is on record with \"grave concerns\" about huawei, and what's his role").text())
                .contains("Gavin Williamson");
        assertThat(service.ask("did the GCHQ/NCSC report find evidence of chinese govt interference, yes or no").text())
                .contains("saw nothing");
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
    @Test
    void understandsCasualWordingSlangAndAbbreviations() {
        assertThat(service.ask("which huawei staffer got fired").text()).contains("Wang Weijing");
        assertThat(service.ask("what did number 10 say about it").text()).contains("don’t comment");
        assertThat(service.ask("what did the defence sec say").text()).contains("grave concerns");
        assertThat(service.ask("what day is the cybersecurity conference in glasgow").text()).contains("Wednesday");
    }

    @Test
    void answersWhichNewspaperWithTheSentenceNamingANewspaper() {
        Answer a = service.ask("Which newspaper reported that the NSC agreed to let Huawei in?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.text()).contains("Telegraph");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Which party does Sajid Javid belong to?",
            "What language do they speak in Taiwan?",
            "Which university did Margot James go to?",
            "How old is Theresa May?",
            "Why did Penny Mordaunt oppose the decision?"})
    void abstainsWhenNoSentenceGivesTheKindOfAnswerAsked(String question) {
        Answer a = service.ask(question);
        assertThat(a.abstained()).as(a.text()).isTrue();
    }

    @Test
    void answersWhyWithTheSentenceGivingTheReason() {
        assertThat(service.ask("Why was the Huawei employee arrested in Poland?").text()).contains("suspicion of spying");
    }

    @Test
    void showsTheSentenceBeforeWhenTheAnswerLeansOnIt() {
        Answer a = service.ask("Why was Wang Weijing arrested?");
        assertThat(a.text()).contains("suspicion of spying").contains("Wang Weijing");
    }

    @Test
    void namesThePersonTheBestSentenceOnlyDescribes() {
        assertThat(service.ask("who was the huawei employee arrested in poland").text()).contains("Wang Weijing");
    }

    @Test
    void answersEachPartOfAQuestionThatAsksTwoThings() {
        Answer a = service.ask("Where was the Huawei employee arrested, and which countries have imposed curbs on Huawei?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.text()).contains("Poland").contains("Australia");
        assertThat(a.citations()).hasSizeGreaterThanOrEqualTo(2);
    }
    @Test
    void answersHowManyWithTheListWhenTheStoryNamesThemInsteadOfCounting() {
        Answer a = service.ask("how many countries does huawei have testing centres in");
        assertThat(a.text()).contains("Britain, Germany and Belgium");
    }

    @Test
    void answersAskedForExamplesWithTheSentenceGivingThem() {
        assertThat(service.ask("Give an example of what Huawei may build").text()).contains("antennas");
    }

    @Test
    void readsDigitsContractionsAndChatAbbreviations() {
        assertThat(service.ask("which countries make up the 5 eyes").text()).contains("New Zealand");
        assertThat(service.ask("where'd they arrest the huawei guy").text()).contains("Poland");
        assertThat(service.ask("wat did huawei say abt laws").text()).contains("complies with all applicable laws");
    }

    @Test
    void asksForAFullNameOnlyAnsweredByOne() {
        assertThat(service.ask("What is Chairman Guo's first name?").abstained()).isTrue();
        assertThat(service.ask("what was the name of the huawei worker who was sacked").text()).contains("Wang Weijing");
    }

    @Test
    void answersWhenOnlyWithADateOfTheEventAsked() {
        assertThat(service.ask("When did Sajid Javid become Home Secretary?").abstained()).isTrue();
        assertThat(service.ask("When did Liam Fox become Trade Secretary?").abstained()).isTrue();
        assertThat(service.ask("When will the Five Eyes representatives meet?").text()).contains("Wednesday");
    }

    @Test
    void readsACapitalAsItsGovernmentAndTensionAsStrain() {
        assertThat(service.ask("What do critics say Beijing could force Huawei to put in?").text()).contains("back doors");
        assertThat(service.ask("could the decision cause tension with the americans").text()).containsIgnoringCase("strain");
    }

    @Test
    void doesNotReadTheresaMayAsAMonth() {
        Answer a = service.ask("On which day did the NSC agree to let Huawei build part of the network?");
        assertThat(a.text()).contains("Tuesday");
    }

    @Test
    void readsHowLongAgoAndNegatedContractions() {
        assertThat(service.ask("how long ago was huawei first confronted with the issues it hasn't addressed?").text())
                .contains("a year ago");
    }

    @Test
    void doesNotAnswerWithASentenceThatOnlySharesTheNames() {
        assertThat(service.ask("Was Sajid Javid ever knighted?").abstained()).isTrue();
        assertThat(service.ask("What prize did Margot James win?").abstained()).isTrue();
        assertThat(service.ask("Who chairs the Foreign Affairs Committee?").text()).contains("Tom Tugendhat");
        assertThat(service.ask("What post does Liam Fox hold?").text()).contains("International Trade Secretary");
    }

    @Test
    void answersAFollowUpPartAboutTheTopicOfThePartBefore() {
        Answer a = service.ask("when was the huawei worker arrested in poland and what's his name");
        assertThat(a.text()).contains("January").contains("Wang Weijing");
    }

    @Test
    void takesInitialsForANameOnlyWhereTheStoryWritesThemAsAnAcronym() {
        // "Defence Secretary" and "Downing Street" share the initials DS, which the story never writes
        assertThat(service.ask("What has the Defence Secretary said about letting Huawei in?").text()).contains("grave concerns");
    }

    @Test
    void setsAsideWhatTheQuestionExcludes() {
        Answer a = service.ask("Besides the US, which countries have put curbs on Huawei?");
        assertThat(a.text()).contains("Australia, Japan and Taiwan");
    }

    @Test
    void readsARequestAsTheQuestionItMakes() {
        assertThat(service.ask("Can you give an example of the infrastructure Huawei may build?").text()).contains("antennas");
    }

    @Test
    void expandsAbbreviationsOnlyWhereTheStoryDoesNotUseThem() {
        assertThat(service.ask("what did the defence sec say").text()).contains("grave concerns");
        assertThat(service.ask("which govt depts commented").abstained()).isFalse();
    }

    @Test
    void answersHowManyOnlyWithANumberOfWhatIsCounted() {
        assertThat(service.ask("How many people will attend CYBERUK?").abstained()).isTrue();
        assertThat(service.ask("How many countries will meet at CYBERUK?").text()).contains("five countries");
    }

    @Test
    void answersWhenWillWithWhatTheStorySaysOfTheFuture() {
        assertThat(service.ask("When will the supply chain review give its conclusions?").text()).contains("in due course");
    }

    @Test
    void readsPhrasalVerbsAsTheWordsTheStoryUses() {
        assertThat(service.ask("which countries make up five eyes").text()).contains("New Zealand");
        assertThat(service.ask("why did huawei let him go").text()).contains("acted on his own");
    }

    @Test
    void readsNumber10AsDowningStreetAndANewspapersReportAsTheReport() {
        assertThat(service.ask("How did Number 10 respond to the Telegraph's report?").text()).contains("refused to comment");
        assertThat(service.ask("what did no10 say about the leak").text()).contains("Downing Street");
    }

    @Test
    void readsChatShorthandAndAsksAboutANewspapersStoryAsTheStory() {
        assertThat(service.ask("how many countries r in five eyes").text()).containsAnyOf("five countries", "New Zealand");
        assertThat(service.ask("How did Number 10 react to the Telegraph story?").text()).contains("refused to comment");
        assertThat(service.ask("What is Jeremy Hunt's nationality?").abstained()).isTrue();
    }

    @Test
    void readsARegionAsTheCountriesInIt() {
        Answer a = service.ask("Which European governments have resisted American pressure?");
        assertThat(a.text()).contains("Germany").contains("France");
        assertThat(service.ask("Which Asian countries restrict Huawei?").text()).contains("Japan").contains("Taiwan");
    }

    @Test
    void readsFailedToAsWhatTheStorySaysWasNotDone() {
        Answer a = service.ask("what has huawei failed to fix");
        assertThat(a.abstained()).isFalse();
        assertThat(a.citations()).extracting(Citation::quote).anySatisfy(q -> assertThat(q).contains("not repaired flaws"));
    }

    @Test
    void answersWhichNewspaperWithTheSentenceNamingIt() {
        assertThat(service.ask("Which paper first reported the NSC decision?").text()).contains("Telegraph");
    }

    @Test
    void answersAYesNoQuestionWithTheSentenceThatSaysTheOpposite() {
        assertThat(service.ask("Did Huawei keep the employee on after the arrest?").text()).contains("sacked");
    }

    @Test
    void readsChatAbbreviations() {
        assertThat(service.ask("wat did downing st say").text()).contains("comment");
        assertThat(service.ask("wats the name of the huawei employee that got arrested").text()).contains("Wang Weijing");
    }

    @Test
    void abstainsWhenNoSentenceSaysTheSubjectDidWhatIsAsked() {
        assertThat(service.ask("Which official chairs the supply chain review?").abstained()).isTrue();
        assertThat(service.ask("Who chairs the National Security Council?").text()).contains("Prime Minister");
    }

    @Test
    void abstainsOnAnOffTopicHowQuestion() {
        assertThat(service.ask("Can you explain me how photosynthesis is working?").abstained()).isTrue();
    }

    @Test
    void answersALongPoliteQuestionWithAWrongGuessInIt() {
        Answer a = service.ask("I was reading about the Huawei business and I wondered whether you could tell me, if it"
                + " isn't too much trouble, in which country the employee was arrested — Hungary, was it?");
        assertThat(a.text()).contains("Poland");
    }

    @Test
    void namesTheNewspaperThatReportedTheLeadFromTheParagraphAfterIt() {
        Answer a = service.ask("Which newspaper reported that May gave Huawei the go-ahead for the 5G network?");
        assertThat(a.text()).contains("Telegraph");
        assertThat(a.citations()).extracting(Citation::quote).anySatisfy(q -> assertThat(q).contains("according to the Daily Telegraph"));
    }

    @Test
    void readsTheTextAsTheStoryNotAsWhatIsAskedAbout() {
        assertThat(service.ask("What is CYBERUK, as the text describes it?").text()).contains("conference");
    }

    @Test
    void abstainsOnAPartyThatTheStoryNeverGivesForAPerson() {
        assertThat(service.ask("penny mordaunt party").abstained()).isTrue();
    }

    @Test
    void abstainsWhenNoSentenceNamesTheOrganisationAskedAbout() {
        // "the head of GCHQ" heads something, but not the NCSC
        assertThat(service.ask("who heads the ncsc").abstained()).isTrue();
    }

    @Test
    void readsExamInstructionsAndArgumentsAsFramingTheQuestion() {
        assertThat(service.ask("Outline the argument that the Trump administration may be overstating the security worries.").text())
                .contains("competitor");
    }

    @Test
    void readsHittingBackAsAReply() {
        assertThat(service.ask("How did Chairman Guo hit back at Washington?").text()).contains("loser");
    }

    @Test
    void readsAffectingRelationsAsCausingAStrain() {
        assertThat(service.ask("Is the decision expected to affect relations with the US?").text()).contains("strain");
    }

    @Test
    void answersAboutWhatCountsAsSomething() {
        assertThat(service.ask("What kind of gear counts as non-core kit for Huawei?").text()).contains("antennas");
    }

    @Test
    void readsALowerCaseWordAsAWordEvenWhenANameEndsWithIt() {
        // "Centre" is capitalised in "National Cyber Security Centre", but the story also writes "testing centres"
        assertThat(service.ask("in which countries huawei open testing centre?").text()).contains("Belgium");
    }

    @Test
    void readsLettingSomeoneHelpAsLettingThemIn() {
        // the story says the council agreed "to allow the firm limited access": "help" adds nothing to find it by
        assertThat(service.ask("On what day did the security council say Huawei could help out with 5G?").text()).contains("Tuesday");
    }

    @Test
    void readsBeingInChargeAsChairing() {
        assertThat(service.ask("who is in charge of the nsc, btw").text()).contains("Prime Minister");
    }

    @Test
    void readsTheFirmAsTheCompanyTheStoryIsAbout() {
        // "The US labelled the company a security threat": the company is Huawei, the name the story writes most
        assertThat(service.ask("What did the Americans call Huawei?").text()).contains("security threat");
    }

    @Test
    void answersWhichMinistersWithSentencesNamingThem() {
        Answer a = service.ask("which ministers opposed huawei");
        assertThat(a.text()).containsAnyOf("Hunt", "Javid", "Williamson", "Fox", "Mordaunt").doesNotContain("Critics");
    }

    @Test
    void readsCitingASourceAsReportingIt() {
        assertThat(service.ask("Which publication is cited as the source for Fox and Mordaunt being against it?").text())
                .contains("Telegraph");
    }

    @Test
    void readsAddressingIssuesAsFixingThem() {
        // "no material progress to address issues it was first confronted with a year ago"
        assertThat(service.ask("How long ago did Huawei first hear about the problems it has not fixed?").text()).contains("a year ago");
        assertThat(service.ask("What is the address of Huawei's head office?").abstained()).isTrue();
    }

    @Test
    void asksForANameWhenAskingWhoSomeoneInARoleIs() {
        // the story quotes "a Department for Digital, Culture, Media and Sport spokeswoman" but never names her
        assertThat(service.ask("Who is the culture department spokeswoman talking about the review?").abstained()).isTrue();
        assertThat(service.ask("Who is the Defence Secretary?").text()).contains("Gavin Williamson");
    }

    @Test
    void readsWhatPeopleKeepTalkingAboutAsTheTopic() {
        assertThat(service.ask("what's the back door stuff everyone keeps talking about").text()).contains("back doors");
    }

    @Test
    void readsColloquialFramingAsFraming() {
        assertThat(service.ask("who's this Guo fella then?").text()).contains("Chairman Guo");
        assertThat(service.ask("what day are the Five Eyes lot meeting?").text()).contains("Wednesday");
        assertThat(service.ask("have Australia and Japan restricted Huawei as well?").abstained()).isFalse();
    }

    @Test
    void answersWhatSomeoneSaidOnlyFromASentenceReportingThemSayingIt() {
        // the story says Liam Fox opposed the decision, but quotes nothing he said
        assertThat(service.ask("What did Liam Fox say in public about Huawei?").abstained()).isTrue();
        assertThat(service.ask("What did Margot James say about the report?").text()).contains("final decision yet to be made");
    }

    @Test
    void answersWhenFromTheSentenceAfterTheOneAboutTheEvent() {
        // "... are to share a stage in the UK for the first time. Representatives ... will meet ... on Wednesday."
        assertThat(service.ask("When are the Five Eyes members sharing a stage?").text()).contains("Wednesday");
    }

    @Test
    void readsTheBitAboutSomethingAsFraming() {
        assertThat(service.ask("in the bit about the arrest, what month was it?").text()).contains("January");
    }

    @Test
    void readsKickingOutAsBanning() {
        assertThat(service.ask("Did Germany and France kick Huawei out?").text()).contains("resisted");
    }

    @Test
    void readsAgreeingOnSomethingAsDecidingIt() {
        assertThat(service.ask("When did the NSC make its decision on Huawei?").text()).contains("Tuesday");
    }

    @Test
    void answersAQuestionAboutTheHeadlineFromTheHeadline() {
        Answer a = service.ask("What question does the headline put to the reader?");
        assertThat(a.citations()).isNotEmpty();
        assertThat(a.citations().get(0).location()).isEqualTo("headline");
    }

    @Test
    void readsTheStorysOwnCountryAsNamedInEverySentence() {
        assertThat(service.ask("What did the UK's defense secretary say about opening the door to Huawei?").text())
                .contains("grave concerns");
    }

    @Test
    void asksForSomeonesOwnWordsOnlyFromASentenceThatQuotesThem() {
        assertThat(service.ask("What exactly did Sajid Javid say about Huawei in his own words?").abstained()).isTrue();
        assertThat(service.ask("What words did Gavin Williamson use about the Chinese tech giant?").text())
                .contains("grave concerns");
    }

    @Test
    void namesWhoSaidAQuotationThatGoesOnFromTheParagraphBefore() {
        Answer a = service.ask("who tweeted \"there's a reason others have said no\"?");
        assertThat(a.text()).contains("Tom Tugendhat").contains("reason others have said no");
    }

    @Test
    void answersWhatAnAcronymStandsFor() {
        assertThat(service.ask("what does NCSC stand for").text()).contains("National Cyber Security Centre");
    }

    @Test
    void listsTheFiveEyesFromTheTweetThatNamesAllFive() {
        Answer a = service.ask("Which countries make up the Five Eyes?");
        assertThat(a.text()).contains("Canada").contains("New Zealand").contains("Australia").contains("US");
    }

    @Test
    void abstainsWhenAskedForSomethingOfAPersonsTheStoryNeverMentions() {
        assertThat(service.ask("What is Margot James's salary as digital minister?").abstained()).isTrue();
        assertThat(service.ask("What is Margot James's job?").text()).contains("Digital minister");
    }

    @Test
    void readsPastChatFillerWords() {
        assertThat(service.ask("wait a huawei guy got arrested for spying?? which country 😳").text()).contains("Poland");
        assertThat(service.ask("ngl did the report actually find the chinese govt messing with huawei stuff or nah").text())
                .contains("interference");
    }

    @Test
    void setsAsideEveryoneAListOfExceptionsNames() {
        Answer a = service.ask("Apart from Hunt, Javid and Williamson, which other ministers opposed it?");
        assertThat(a.text()).contains("Liam Fox").doesNotContain("Williamson");
    }

    @Test
    void readsAScenePastADashBeforeTheQuestion() {
        assertThat(service.ask("My kids have a Huawei tablet - are Huawei devices actually in people's homes already?")
                .text()).contains("already in many homes");
    }

    @Test
    void readsPastWordsThatOnlyFrameWhatIsAsked() {
        assertThat(service.ask("Which minister sought to play down the leak, and through what medium?").text())
                .contains("Margot James");
    }

    @Test
    void prefersTheSentenceThatExplainsANameInBrackets() {
        Answer a = service.ask("which countries are in five eyes?");
        assertThat(a.citations()).anySatisfy(c -> assertThat(c.quote()).contains("a security alliance between"));
    }

    @Test
    void aLeakIsAReportButSayingWhoReportedItIsNotSayingWhoLeakedIt() {
        assertThat(service.ask("Who leaked the NSC decision to the Telegraph?").abstained()).isTrue();
        assertThat(service.ask("what did number 10 say about the leak").text()).contains("comment");
    }

    @Test
    void abstainsWhenAskedToWriteSomethingRatherThanAboutTheStory() {
        assertThat(service.ask("Write me a haiku about cybersecurity pls").abstained()).isTrue();
    }

    @Test
    void readsTheKindAskedForPastItsAdjective() {
        assertThat(service.ask("which political party is tom tugendhat in?").abstained()).isTrue();
    }

    @Test
    void aTitleBeforeANameIsNoUnknownName() {
        assertThat(service.ask("What did Mr Younger say Britain has to decide?").text()).contains("comfortable");
    }

    @Test
    void readsBritishSlangForSackingBanningAndFallingOut() {
        assertThat(service.ask("why did huawei give the employee the boot").text()).contains("acted on his own");
        assertThat(service.ask("have germany and france binned huawei?").text()).contains("resisted");
        assertThat(service.ask("did the boffins find the chinese state meddling").text()).contains("nothing");
    }

    @Test
    void whatTheTelegraphSaidAboutSomeoneIsNotWhatTheySaid() {
        assertThat(service.ask("What posts did Liam Fox and Penny Mordaunt hold, who the Telegraph said were against it?").text())
                .contains("International Trade Secretary");
        assertThat(service.ask("What did Liam Fox say about Huawei?").abstained()).isTrue();
    }

    @Test
    void aFollowUpAskingTheirNameIsAboutThePersonBefore() {
        assertThat(service.ask("what did chairman guo call the us? and whats his first name").text()).contains("sore")
                .doesNotContain("first time");
        assertThat(service.ask("chairman guo - his full name??").abstained()).isTrue();
    }

    @Test
    void aQuestionForTheMonthIsNotAnsweredWithAWeekday() {
        assertThat(service.ask("which month is the CYBERUK conference in Glasgow?").abstained()).isTrue();
        assertThat(service.ask("what was the month of the Polish arrest?").text()).contains("January");
    }

    @Test
    void aPoliteQuestionWrappedInGreetingsAndThanksIsAnswered() {
        assertThat(service.ask("Good morning all. Who is the Home Secretary said to be against the decision? Thank you,"
                + " and apologies if this has been asked already.").text()).contains("Sajid Javid");
        assertThat(service.ask("who took the shot of Hunt and Javid").text()).contains("Stefan Rousseau");
    }

    @Test
    void readsSecurityJargonForWhatTheTextSaysPlainly() {
        assertThat(service.ask("could beijing mandate backdoors in huawei kit").text()).contains("back doors");
        assertThat(service.ask("is huawei hardware deployed in british homes already").text()).contains("already");
        assertThat(service.ask("did the gchq eval see PRC state interference?").text()).contains("nothing");
        assertThat(service.ask("did huawei cut the arrested worker loose").text()).contains("sacked");
    }

    @Test
    void theGuyOfTheQuestionIsTheSubjectWhenTwoPeopleAreAsWellDescribed() {
        assertThat(service.ask("name of the huawei guy picked up for spying?").text()).contains("Wang Weijing");
    }

    @Test
    void theHeadOfABodyTheStoryDoesNotNameIsNotAnswered() {
        assertThat(service.ask("ncsc chief name?").abstained()).isTrue();
    }

    @Test
    void findsTheAnswerInTheStorysOwnWordsForTheQuestionsWords() {
        assertThat(service.ask("will this upset the americans then?").text()).contains("strains");
        assertThat(service.ask("how long has huawei known about the issues the report complains about").text()).contains("a year ago");
    }

    @Test
    void anUnknownThingOfANamedCompanyIsNotAnswered() {
        assertThat(service.ask("what city in china is huawei's headquarters").abstained()).isTrue();
    }

    @Test
    void theHeadOfOneBodyIsNotTheChairOfAnotherWithSimilarWords() {
        assertThat(service.ask("who is the head of the national cyber security centre").abstained()).isTrue();
        assertThat(service.ask("who chairs the national security council").text()).contains("Prime Minister");
    }

    @Test
    void readsNigerianPidginQuestionWords() {
        assertThat(service.ask("wetin be example of the non core kit huawei fit build").text()).contains("antennas");
        assertThat(service.ask("liam fox na secretary for wetin").text()).contains("International Trade");
        assertThat(service.ask("the decision fit cause wahala with the US?").text()).contains("strains");
    }

    @Test
    void readsWhitehallAndChatAbbreviations() {
        assertThat(service.ask("What did SofS Defence say previously about the Chinese?").text()).contains("grave concerns");
        assertThat(service.ask("which nations are in FVEY").text()).contains("New Zealand");
        assertThat(service.ask("wait is huawei kit alr in uk homes").text()).contains("already");
    }

    @Test
    void readsAdviceAsWarningsAndMembershipAsMembers() {
        assertThat(service.ask("Which PM gave Huawei the nod against the advice of ministers?").text()).contains("Theresa May");
        assertThat(service.ask("Five Eyes membership as given in the piece - list the nations.").text()).contains("New Zealand");
    }

    @Test
    void keepsTheCompanyOfAPossessiveInASceneSettingPhrase() {
        assertThat(service.ask("Huawei's official statement on the law - what did they say").text()).contains("applicable laws");
    }

    @Test
    void whichPostSomeoneNamedHoldsIsAnsweredWithTheirTitle() {
        assertThat(service.ask("Margot James is which minister exactly?").text()).contains("Digital minister");
        assertThat(service.ask("did margot james confirm the report or walk it back?").text()).contains("played down");
    }

    @Test
    void aPartThatOnlyAsksForTheFormOfTheAnswerAnswersNothingItself() {
        assertThat(service.ask("who is the head of the NCSC? kindly tell name only").abstained()).isTrue();
        assertThat(service.ask("Exact date in January of the arrest in Poland?").abstained()).isTrue();
    }

    @Test
    void readsSouthAfricanSlangAndLearnersFalseFriends() {
        assertThat(service.ask("howzit okes, where did that huawei oke get arrested").text()).contains("Poland");
        assertThat(service.ask("why huawei demited the employee?").text()).contains("acted on his own");
        assertThat(service.ask("in the foto of the arrested employee, he appear in the picture or no?").text())
                .contains("not pictured");
    }

    @Test
    void dropsAGuessedQuoteAndReadsWhoSomeoneIsWhenNotTweeting() {
        assertThat(service.ask("whats huawei's statement on the law, let me guess 'we follow the rules'").text())
                .contains("applicable laws");
        assertThat(service.ask("tom tugendhat, who is he when hes not tweeting?").text()).contains("Foreign Affairs Committee");
    }

    @Test
    void anOccasionAnswersWhenOnlyWhatElseIsAskedIsStated() {
        assertThat(service.ask("when did chairman guo say the US had a losers attitude").text()).contains("press conference");
        assertThat(service.ask("when did the US ban huawei from its government networks").abstained()).isTrue();
    }

    @Test
    void aQuestionAboutTheCoreIsAnsweredByWhatIsSaidOfTheNonCore() {
        assertThat(service.ask("so is huawei building the CORE network or just like antenna stuff").text()).contains("non-core");
    }

    @Test
    void readsWavedThroughLiftedAndOverplaying() {
        assertThat(service.ask("who chaired the NSC meeting that waved this through").text()).contains("Prime Minister");
        assertThat(service.ask("where and when did the huawei 5g guy get lifted for spying").text()).contains("Poland");
        assertThat(service.ask("why do some reckon trump's lot are overplaying the security risk").text()).contains("competitor");
    }

    @Test
    void aSpelledOutNameIsNeededForWhatANumberedAcronymStandsFor() {
        assertThat(service.ask("what does 5G actually stand for?").abstained()).isTrue();
    }

    @Test
    void aPriceOfSomethingTheStoryNeverCountsIsNotInTheStory() {
        assertThat(service.ask("how much r tickets for CYBERUK at the scottish event campus").abstained()).isTrue();
        assertThat(service.ask("how many countries will meet at CYBERUK?").text()).contains("five");
    }

    @Test
    void findsTheOnlyParagraphThatSaysItEvenWhenItCallsHuaweiTheFirm() {
        assertThat(service.ask("which body agreed to let Huawei in, and on what day?").text())
                .contains("National Security Council").contains("Tuesday");
    }

    @Test
    void readsAggroSpionageAndChatAsides() {
        assertThat(service.ask("is this gonna cause aggro with the americans").text()).contains("strain");
        assertThat(service.ask("In which country the Huawei employee was arrested in january for spionage?").text()).contains("Poland");
        assertThat(service.ask("who took the photo of hunt and javid lol random q").text()).contains("Rousseau");
    }

    @Test
    void aPunishmentOrANameTheStoryNeverGivesIsNotInTheStory() {
        assertThat(service.ask("what sentence did wang weijing get after he was arrested in poland").abstained()).isTrue();
        assertThat(service.ask("name the former polish intelligence officer arrested with the huawei employee").abstained())
                .isTrue();
        assertThat(service.ask("\"Chairman Guo\" - guo who? full name pls").abstained()).isTrue();
    }

    @Test
    void readsWhitehallShorthandAndSpanishFalseFriends() {
        assertThat(service.ask("What precisely did the SoS for Defence say he had about opening the door to the Chinese firm?")
                .text()).contains("grave concerns");
        assertThat(service.ask("there are huawei aparatos already in the houses of people in UK?").text()).contains("already");
    }

    @Test
    void theReportALaterParagraphSpeaksOfIsTheOneItsSectionNamed() {
        // "the report" in paragraph 12 is "a recent report from GCHQ and the NCSC" of paragraph 9
        assertThat(service.ask("what shortcomings did the GCHQ and NCSC report find on Huawei's part?").text())
                .contains("not repaired flaws");
        // ... but "the Telegraph report" is no report of the NSC's
        assertThat(service.ask("which minister leaked the NSC decision to the telegraph").abstained()).isTrue();
    }

    @Test
    void aFollowUpAboutSomeoneTheStoryNeverNamesIsNotAnswered() {
        assertThat(service.ask("What position did the Chancellor of the Exchequer take at the NSC meeting on Tuesday, and did"
                + " he support the Prime Minister's decision?").abstained()).isTrue();
        assertThat(service.ask("who is the MI6 chief and what did he say Britain needs to decide?").text()).contains("comfortable");
    }

    @Test
    void aWhoQuestionPickingFromAGroupAsksWhatItsAnswerDid() {
        assertThat(service.ask("who of the cabinet leaked the NSC decision to the daily telegraph?").abstained()).isTrue();
        assertThat(service.ask("who of the cabinet opposed the decision?").text()).contains("Jeremy Hunt");
    }

    @Test
    void aCountryTheParagraphBeforeListsOnlyInAGlossSaidNothing() {
        // "#FiveEyes [a security alliance between the UK, US, Canada ...]" and then "“There's a reason others have said no.”"
        assertThat(service.ask("what did Canada say about huawei?").abstained()).isTrue();
        assertThat(service.ask("what did Tom Tugendhat say others have done?").text()).contains("said no");
    }

    @Test
    void answersLearnersSpanishQuestionWordsAndVoiceTranscriptsOfHuawei() {
        assertThat(service.ask("por que the trump administration might be exagerating the security concerns, segun the"
                + " chinese officials?").text()).contains("competitor");
        assertThat(service.ask("How many time ago huawei was confronted first time with the issues of the report?").text())
                .contains("a year ago");
        assertThat(service.ask("so um did theresa may actually like give while way the go ahead for the 5g network").text())
                .contains("go-ahead");
    }

    @Test
    void aRemarkMadeIsWhatWasSaidAndAnotherCountrysLeaderIsNotTheUKs() {
        assertThat(service.ask("when did guo make the loser's attitude comment").text()).contains("press conference");
        assertThat(service.ask("what did japans prime minister say about huawei").abstained()).isTrue();
        assertThat(service.ask("what did japan's prime minister say about huawei").abstained()).isTrue();
        assertThat(service.ask("who chairs the NSC").text()).contains("Prime Minister");
    }

    @Test
    void aNameTheSectionGaveEarlierIsWhoTheLaterDefiniteNounMeans() {
        // "the report" in paragraph 12 is the GCHQ and NCSC report, though the question does not say "report"
        assertThat(service.ask("if no state interference whats the actual problem NCSC flagged").text()).contains("flaws");
    }

    @Test
    void aRoleOfTheAskedBodyIsNotAnsweredWithAnotherBodysHolderOfIt() {
        for (String q : new String[] {"who is huawei's chairman?", "who is the chairman of huawei", "name the huawei chairman",
                "who is huawei's boss"}) {
            assertThat(service.ask(q).text()).as(q).contains("Chairman Guo").doesNotContain("Tugendhat");
        }
        assertThat(service.ask("who is the chief of GCHQ?").text()).contains("Jeremy Fleming");
        assertThat(service.ask("who is the foreign affairs committee chairman").text()).contains("Tom Tugendhat");
        assertThat(service.ask("who is the head of the National Cyber Security Centre?").abstained()).isTrue();
    }

    @Test
    void aLeadingQuestionIsAnsweredWithWhatTheStorySays() {
        assertThat(service.ask("so huawei has fixed all the problems flagged by gchq and the ncsc, hasn't it?").text())
                .contains("no material progress");
        assertThat(service.ask("downing street confirmed the telegraph report though, didn't they?").text())
                .contains("refused to comment");
        // the asker's wrong guess after a dash is not what is asked
        assertThat(service.ask("the huawei 5g employee that got arrested for spying - that was in germany wasn't it?").text())
                .contains("Poland");
        assertThat(service.ask("isn't it only chinese officials who think the trump administration is exaggerating the"
                + " security concerns?").text()).contains("industry analysts");
    }

    @Test
    void readsFrenchAndPinyinQuestionWords() {
        assertThat(service.ask("pourquoi huawei has sacked Wang Weijing?").text()).contains("acted on his own");
        assertThat(service.ask("quand and ou the representants of the Five Eyes will meet together").text())
                .contains("Glasgow").contains("Wednesday");
        assertThat(service.ask("weishenme huawei sack Wang Weijing?").text()).contains("acted on his own");
        assertThat(service.ask("huawei 5G worker was arrest in nali, and which month").text()).contains("Poland")
                .contains("January");
    }

    @Test
    void howManyMinistersIsAnsweredByNamingThemWhenTheStoryGivesNoCount() {
        assertThat(service.ask("how many ministers are named as being against May's decision?").text())
                .contains("Jeremy Hunt").contains("Liam Fox");
        assertThat(service.ask("how many ministers sit on the national security council?").abstained()).isTrue();
    }

    @Test
    void aWhichQuestionAboutAKindOfThingTheStoryNeverSpeaksOfIsNotAnswered() {
        assertThat(service.ask("which telco is huawei building the antennas for?").abstained()).isTrue();
        assertThat(service.ask("which telco is huawei building the antennas for, BT or vodafone?").abstained()).isTrue();
        // ... but a kind the story speaks of by another word is answered
        assertThat(service.ask("Which three jurisdictions does the article say have imposed curbs on Huawei technology?").text())
                .contains("Australia, Japan and Taiwan");
        assertThat(service.ask("which orgs put out that report on huawei's engineering").text()).contains("GCHQ");
        assertThat(service.ask("is the UK decision gonna cause grief with the US??").text()).contains("fresh strains");
    }

    @Test
    void readsPoliticalChatForOpposing() {
        assertThat(service.ask("was Dr Fox in the anti-Huawei camp as well?").text()).contains("Liam Fox");
        assertThat(service.ask("did the GCHQ/NCSC boffins actually find any evidence of the Chinese govt meddling in Huawei's kit"
                + " or is it all vibes").text()).contains("saw nothing");
    }

    @Test
    void readsIndianEnglishRequestsAndAustralianPoliticians() {
        assertThat(service.ask("Kindly do the needful and list ALL the ministers who are opposing Theresa May's decision on"
                + " Huawei, full names only").text()).contains("Jeremy Hunt").contains("Gavin Williamson").contains("Liam Fox");
        assertThat(service.ask("how many pollies opposed mays call, list em all").text()).contains("Jeremy Hunt")
                .contains("Liam Fox");
    }

    @Test
    void readsSecurityAnalystsJargon() {
        assertThat(service.ask("NSC ruling: core or edge?").text()).contains("non-core");
        assertThat(service.ask("how long ago was huawei first told about the unremediated issues").text()).contains("a year ago");
        assertThat(service.ask("give me the full roster of ministers against the decision, need all of them").text())
                .contains("Jeremy Hunt").contains("Liam Fox");
        assertThat(service.ask("huawei's line on the employee held in poland - rogue insider or corporate?").text())
                .contains("acted on his own");
    }

    @Test
    void readsScotsAndWelshChat() {
        assertThat(service.ask("whit country wis the worker lifted in").text()).contains("Poland");
        assertThat(service.ask("wid it cause bother wi the americans").text()).contains("strain");
        assertThat(service.ask("how long since huawei wis pulled up on the problems").text()).contains("a year ago");
        assertThat(service.ask("whit toon is the huawei testin centre in").abstained()).isTrue();
    }

    @Test
    void aShareTheStoryNeverGivesIsNotAnswered() {
        assertThat(service.ask("what % of britain's 5g will huawei supply").abstained()).isTrue();
    }

    @Test
    void aRealWordAfterTheQuestionWordIsNotReadAsAMisspeltQuestionWord() {
        // "bid" is not a misspelt "did": the story never says who else bid
        assertThat(service.ask("which other firms bid for the 5g contract").abstained()).isTrue();
    }

    @Test
    void whoDidSomethingIsNotAnsweredBySomeoneWhoseQuotationMentionsIt() {
        // Tom Tugendhat's tweet begins "Allowing Huawei into the UK's 5G infrastructure ...": he did not allow it
        assertThat(service.ask("so who let huawei into the uk's 5g then").text()).startsWith("Theresa May");
    }

    @Test
    void aQuestionForAPlaceAndATimeAtOnceIsAnsweredWithThePlace() {
        assertThat(service.ask("at which venue and day is the public session held").text()).contains("Scottish Event Campus");
    }

    @Test
    void readsIrishChat() {
        assertThat(service.ask("which countries are in the five eyes yoke so").text()).contains("New Zealand");
        assertThat(service.ask("what day did the NSC agree it, sure look i was away").text()).contains("Tuesday");
        assertThat(service.ask("are huawei's yokes in people's gaffs already").text()).contains("already");
    }

    @Test
    void aWhichQuestionMayPutItsQuestionWordLate() {
        assertThat(service.ask("the huawei testing centre in belgium is in which city ah").abstained()).isTrue();
        assertThat(service.ask("the five eyes representatives will meet in which city").text()).contains("Glasgow");
    }

    @Test
    void readsAnOlderAskersLongQuestion() {
        assertThat(service.ask("My grandson showed me this article. Could you tell me in plain words what Theresa May"
                + " agreed to let the Chinese company do?").text()).contains("5G");
        assertThat(service.ask("I was a postman for forty years and spies interest me. A Huawei man was arrested."
                + " In which country was that and which month was it?").text()).contains("Poland").contains("January");
        assertThat(service.ask("Please list every minister against Mrs Mays decision, not just the first couple").text())
                .contains("Jeremy Hunt").contains("Penny Mordaunt");
    }

    @Test
    void anObjectionIsWhatSomeoneOpposed() {
        assertThat(service.ask("Explain Tom Tugendhat's objection to letting Huawei into 5G.").text()).contains("doubt");
    }

    @Test
    void howManyDaysNeedsANumberOfDays() {
        // "all five countries ... on Wednesday" gives a number, but not of days
        assertThat(service.ask("how many days does the CYBERUK conference in Glasgow last").abstained()).isTrue();
    }

    @Test
    void whoTookOrIsInAPhotographIsAnsweredOnlyByACaption() {
        assertThat(service.ask("who took the photograph of Tom Tugendhat for his Five Eyes tweet?").abstained()).isTrue();
        assertThat(service.ask("who took the photo of Jeremy Hunt and Sajid Javid").text()).contains("Stefan Rousseau");
    }

    @Test
    void aQuestionAfterAStatementIsTypedByItsOwnQuestionWord() {
        assertThat(service.ask("The Huawei man in Poland was arrested along with a former member of the Polish intelligence"
                + " service. What was the name of that former intelligence man?").abstained()).isTrue();
    }

    @Test
    void theAskersOwnBackgroundIsNoPartOfTheQuestion() {
        assertThat(service.ask("I taught physics for years and my wife says I know nothing about politics. What was"
                + " Huawei allowed to build?").text()).contains("non-core");
    }

    @Test
    void readsTheWordsOfLoadedQuestions() {
        assertThat(service.ask("what are these back doors everyone keeps shouting about").text()).contains("back doors");
        assertThat(service.ask("which agencies wrote the report that slammed huawei's engineering").text()).contains("GCHQ");
        assertThat(service.ask("will this wreck relations with washington").text()).contains("strain");
        assertThat(service.ask("gavin williamson was fine with huawei wasnt he").text()).contains("grave concerns");
    }

    @Test
    void namesSetAsideByBesidesEndWhereTheQuestionGoesOn() {
        assertThat(service.ask("did anyone besides hunt javid and williamson oppose it").text()).contains("Liam Fox");
    }

    @Test
    void aCouncilMetWhenItAgreed() {
        assertThat(service.ask("when did the national security council meet about huawei").text()).contains("Tuesday");
        assertThat(service.ask("on what day was the NSC meeting").text()).contains("Tuesday");
        // ... but a weekday is no calendar date, and the story gives no vote
        assertThat(service.ask("what was the exact date the NSC met").abstained()).isTrue();
        assertThat(service.ask("how did each minister vote at the NSC meeting").abstained()).isTrue();
    }

    @Test
    void aNameTypedInLowerCaseCountsBesideOneTypedCapitalised() {
        // the story never says how Germany reacted to Guo's remark about the US
        assertThat(service.ask("what did germany say when guo called the US sore").abstained()).isTrue();
    }

    @Test
    void aSearchQueryEndingInDateAsksWhen() {
        assertThat(service.ask("britain 5g network launch date").abstained()).isTrue();
        assertThat(service.ask("polish arrest of huawei employee date").text()).contains("January");
    }

    @Test
    void readsPortugueseQuestionWords() {
        assertThat(service.ask("quando the NSC agreed to give huawei access?").text()).contains("Tuesday");
        assertThat(service.ask("quem is the head of GCHQ").text()).contains("Jeremy Fleming");
        assertThat(service.ask("quantos countries are in five eyes?").text()).contains("New Zealand");
    }

    @Test
    void aResponseIsToldAfterWhatItAnswered() {
        // the arrest is told in one paragraph, the firm's answer to it in the next two
        assertThat(service.ask("how did huawei react to the arrest of its worker in poland").text())
                .containsAnyOf("sacked", "applicable laws");
        assertThat(service.ask("what did huawei put out in a statement following the spying arrest").text())
                .contains("applicable laws");
        assertThat(service.ask("did huawei back its employee after he was arrested").text()).contains("sacked");
        // ... and what no sentence of the story answers stays unanswered
        assertThat(service.ask("how did the polish government respond to the huawei arrest").abstained()).isTrue();
    }

    @Test
    void theStoryGivesNoYearAndNoNameForThePolishOfficial() {
        assertThat(service.ask("in what year was the huawei worker detained in poland").abstained()).isTrue();
        assertThat(service.ask("kindly tell me the name of the polish intelligence official who was detained").abstained()).isTrue();
        assertThat(service.ask("what is the name of the ex intelligence officer held with the huawei worker").abstained()).isTrue();
        // ... while the employee's name it gives
        assertThat(service.ask("please tell me the name of the huawei worker detained in poland").text()).contains("Wang Weijing");
    }

    @Test
    void whenExactlyAsksForADayOrADate() {
        // "a recent report": the story gives no date for it ("a year ago" dates the issues it found)
        assertThat(service.ask("when precisely did gchq publish its report on huawei").abstained()).isTrue();
        assertThat(service.ask("ncsc huawei report publication date").abstained()).isTrue();
        assertThat(service.ask("when exactly did the national security council agree to it").text()).contains("Tuesday");
    }

    @Test
    void aFinishedReviewIsOneThatReportedItsConclusions() {
        assertThat(service.ask("is the supply chain review complete yet").text()).contains("in due course");
        assertThat(service.ask("As of the time of writing, when was the review due to report?").text()).contains("in due course");
    }

    @Test
    void whatTheCaptionSaysComesFromTheCaption() {
        assertThat(service.ask("Caption fill-in: Huawei's devices are already in ____").text()).contains("already in UK homes");
        assertThat(service.ask("according to the caption where is huawei kit already").text()).contains("already in UK homes");
    }

    @Test
    void aVenueOrANationalityIsNoMinistersName() {
        // "defend against shared cyber security threats ... at the Scottish Event Campus" names no minister
        String answer = service.ask("other than hunt and javid which other ministers were against it").text();
        assertThat(answer).contains("Liam Fox").doesNotContain("Scottish Event Campus");
        // ... though a name asked for may be a venue's
        assertThat(service.ask("what is the name of the venue of the public session").text()).contains("Scottish Event Campus");
    }

    @Test
    void anotherBodysChairmanIsNotTheOneAskedAbout() {
        // "Foreign Affairs Committee chairman Tom Tugendhat" is not Huawei's chairman
        assertThat(service.ask("what did the huawei chairman call the americans").text()).contains("Guo").doesNotContain("Tugendhat");
        // ... while what Tom Tugendhat chairs is still his committee
        assertThat(service.ask("What does Tom Tugendhat chair?").text()).contains("Foreign Affairs Committee");
    }

    @Test
    void aTrueOrFalseLabelIsNotPartOfTheStatement() {
        assertThat(service.ask("T or F - the NSC agreed to let huawei build non-core parts").text()).contains("non-core");
        assertThat(service.ask("T/F: Theresa May gave Huawei the go-ahead").text()).contains("go-ahead");
    }

    @Test
    void porqueAsksWhy() {
        assertThat(service.ask("porque did huawei fire the employee?").text()).contains("disrepute");
    }

    @Test
    void whatTheAskerHeardOrSupposesIsNotAsked() {
        assertThat(service.ask("I heard huawei has fixed the flaws GCHQ found, is that right?").text())
                .containsAnyOf("no material progress", "not repaired");
        assertThat(service.ask("gavin williamson was happy with the decision i presume").text()).contains("grave concerns");
    }

    @Test
    void whatSheSaidIsAskedOfWhoThePartBeforeNames() {
        // the story gives no reasoning of Theresa May's, nor anything she said
        assertThat(service.ask("whats mays real reasoning for overruling javid? what did she say").abstained()).isTrue();
        // ... the names, not every word: a word the story never uses in the part before does not sink the part after
        assertThat(service.ask("who is the MI6 supremo and what did he say").text()).contains("comfortable");
    }

    @Test
    void whoIsSaidToHaveDoneItAsksWhoDidIt() {
        // "Cabinet leaks" says there were leaks, not who leaked
        assertThat(service.ask("who is alleged to have leaked the NSC discussions").abstained()).isTrue();
        assertThat(service.ask("which ministers are said to have opposed the decision").text()).contains("Liam Fox");
    }

    @Test
    void respectingTheLawIsComplyingWithIt() {
        assertThat(service.ask("what did huawei say about respecting the laws of the countries it works in").text())
                .contains("applicable laws");
    }

    @Test
    void aMentionOrTheHashtagsClosingAPostAreNotAsked() {
        assertThat(service.ask("@storybot who even chairs the national security council btw").text()).contains("Prime Minister");
        assertThat(service.ask("<@1234567890> who chairs the national security council").text()).contains("Prime Minister");
        assertThat(service.ask("so who greenlit huawei for 5G?? #5G #Huawei #FakeNews").text()).contains("Theresa May");
    }

    @Test
    void chatFillersAndApologiesAskNothing() {
        assertThat(service.ask("oi mate who actually gave huawei the go ahead on britains 5g network?").text()).contains("Theresa May");
        assertThat(service.ask("yo did theresa may deadass let huawei build the 5g network??").text()).contains("go-ahead");
        assertThat(service.ask("why did huawei sack him bro").text()).contains("disrepute");
        assertThat(service.ask("um what did chairman guo say about the us government").text()).contains("loser");
        assertThat(service.ask("Sorry for trouble, who is chairing National Security Council? I want to know kindly").text())
                .contains("Prime Minister");
    }

    @Test
    void whosIsWho() {
        // the NCSC report names no head of the NCSC
        assertThat(service.ask("whos the head of the national cyber security centre").abstained()).isTrue();
        assertThat(service.ask("wasnt the huawei guy sacked").text()).contains("sacked");
    }

    @Test
    void aRemarkOnTheTextBeforeTheQuestionIsNotAsked() {
        assertThat(service.ask("who runs the NCSC?? the article names the MI6 chief and the GCHQ head but whos actually"
                + " in charge of the cyber security centre bit").abstained()).isTrue();
    }

    @Test
    void theOtherAnswerOfferedAfterTheQuestionIsAsked() {
        assertThat(service.ask("so huawei gets to build the WHOLE network?? or just antennas n stuff").text()).contains("antennas");
    }

    @Test
    void aWrongPlaceIsAnsweredWithTheRightOne() {
        assertThat(service.ask("wasnt the huawei guy arrested in germany??").text()).contains("Poland");
        // ... which is no answer to whether another country did what the US did
        assertThat(service.ask("did new zealand ban huawei from its 5G networks like the US did?").abstained()).isTrue();
    }

    @Test
    void plainWordsForTheStorysOwn() {
        assertThat(service.ask("so who actually chairs this 'national security council' that rubber stamped huawei??").text())
                .contains("Prime Minister");
        assertThat(service.ask("In which land was the Huawei employee arrested on suspicion of spying?").text()).contains("Poland");
        assertThat(service.ask("who are the two blokes in the pic about ministers raising concerns").text()).contains("Javid");
    }

    @Test
    void aListRequestAsksWhichOnes() {
        assertThat(service.ask("how many ministers was against the may decision, give me all names of them").text())
                .contains("Liam Fox").contains("Javid");
        assertThat(service.ask("please list every minister who was against the decision").text()).contains("Penny Mordaunt");
    }

    @Test
    void whatDateAsksForACalendarDateNotAWeekday() {
        // the story says "on Wednesday", never the date
        assertThat(service.ask("On which date exactly is the CYBERUK conference in Glasgow held?").abstained()).isTrue();
        assertThat(service.ask("what date is the cyberuk conference in glasgow").abstained()).isTrue();
        // ... "any date?" is answered by what the story says instead
        assertThat(service.ask("supply chain review - when does it report, any date?").text()).contains("due course");
        assertThat(service.ask("what day is the cyberuk conference").text()).contains("Wednesday");
    }

    @Test
    void wordsASpeakerOrTranslatorSplitsOrSwapsAreTheStorys() {
        assertThat(service.ask("where is the cyber uk conference being held").text()).contains("Glasgow");
        assertThat(service.ask("what kind of non-core infraestructure huawei is allowed to build, por ejemplo?").text())
                .contains("antennas");
        assertThat(service.ask("why do some analysts reckon the trump administration might be overdoing the security worries").text())
                .contains("competitor");
    }

    @Test
    void howManyYearsAgoAsksHowLongAgo() {
        assertThat(service.ask("how many year ago huawei first confronted with the issues").text()).contains("a year ago");
    }

    @Test
    void whatTheMotiveIsAsksWhy() {
        assertThat(service.ask("what do chinese officials say the trump admin's real motive is").text()).contains("competitor");
    }

    @Test
    void notInHomesYetIsAnsweredByAlreadyInHomes() {
        assertThat(service.ask("huawei stuff isnt even in uk homes yet is it??").text()).contains("already");
        assertThat(service.ask("is huawei stuff alredy in ppls homes in the uk").text()).contains("already");
        assertThat(service.ask("huawei stuff isnt even in british homes yet, so why is everyone panicking?").abstained()).isFalse();
    }

    @Test
    void theWholeNetworkIsAnsweredByWhatIsNotCore() {
        assertThat(service.ask("r they letting huawei build the whole network or nah").text()).contains("non-core");
    }

    @Test
    void howItWasSpunOrTheLineOnItIsTheResponse() {
        assertThat(service.ask("how did huawei spin the whole poland arrest thing").text()).containsAnyOf("disrepute", "applicable laws");
        assertThat(service.ask("huawei's line on the poland case - lone insider or corporate?").text())
                .containsAnyOf("disrepute", "applicable laws");
    }

    @Test
    void aNameMisspeltAsAnotherNameIsTheStorys() {
        assertThat(service.ask("what could teresa mays decision do to relations with the US").text()).contains("strain");
    }

    @Test
    void messingUpTheRelationshipIsStrainingIt() {
        assertThat(service.ask("is this gonna mess w the US relationship fr").text()).contains("strain");
        assertThat(service.ask("is this gonna cause bother between the UK and the americans, d'ye think").text()).contains("strain");
    }

    @Test
    void mayAfterAVerbIsWhomItWasDoneTo() {
        // the story names no minister who backed her: "backed May" is not "which backed ... may"
        assertThat(service.ask("which ministers backed may on the huawei decision").abstained()).isTrue();
    }

    @Test
    void whichOneIsMeantAfterTheQuestionIsNotAsked() {
        // the story names the head of GCHQ, not of the NCSC
        assertThat(service.ask("Who is head of the National Cyber Security Centre? Not GCHQ, NCSC please").abstained()).isTrue();
    }

    @Test
    void emojiAsDiscordWritesThemAreNotAsked() {
        assertThat(service.ask("was anyone from huawei ever caught spying :sob:").text()).contains("Poland");
    }

    @Test
    void unpatchedHolesAreFlaws() {
        assertThat(service.ask("did the security people find unpatched holes in huawei kit").text()).contains("flaws");
    }

    @Test
    void binningSomeoneIsSackingThem() {
        assertThat(service.ask("did huawei keep the arrested engineer on or bin him").text()).contains("sacked");
    }

    @Test
    void whoTookOverFromSomeoneAsksForASuccessorTheStoryNeverNames() {
        assertThat(service.ask("who took over from the foreign secretary").abstained()).isTrue();
    }

    @Test
    void aBigFussIsExaggerating() {
        assertThat(service.ask("is the trump administration making a big fuss over nothing, and why").text()).contains("hinder");
    }

    @Test
    void aClosingWhoAfterAPrepositionAsksWhoNotForAFullName() {
        assertThat(service.ask("the NCSC wrote that report with who?").text()).contains("GCHQ");
    }

    @Test
    void theKeyPointsOfAReportGoOnToTheParagraphAfter() {
        assertThat(service.ask("main points of that gchq report pls").text())
                .contains("engineering infrastructure").contains("no material progress");
    }

    @Test
    void aMeetupIsAMeeting() {
        assertThat(service.ask("five eyes meetup: where is it").text()).contains("Glasgow");
    }

    @Test
    void theExactDateAfterACourtesyAsksForADayOfTheMonth() {
        assertThat(service.ask("Could you tell me the exact date in January that Wang Weijing was arrested?").abstained()).isTrue();
    }

    @Test
    void aWordForTheReasonTheStoryNeverUsesIsNotAsked() {
        assertThat(service.ask("what is the purpose of the huawei testing centres").text()).contains("regulators");
    }

    @Test
    void whatsHisNameAfterAWhoQuestionAsksForAName() {
        // the story never names the former intelligence officer arrested with the employee
        assertThat(service.ask("who was the ex polish intelligence officer held with him, what's his name?").abstained()).isTrue();
        assertThat(service.ask("who was arrested in poland, what's his name").text()).contains("Wang Weijing");
    }

    @Test
    void aParagraphNumberSaysWhereToLookNotWhatToFind() {
        assertThat(service.ask("In paragraph 3, which group agreed to let huawei in").text()).contains("National Security Council");
    }

    @Test
    void participationIsTheAccessGiven() {
        assertThat(service.ask("Good morning. Which council, chaired by the Prime Minister herself, is said to have approved"
                + " Huawei's participation in the 5G network?").text()).contains("National Security Council");
        assertThat(service.ask("what kind of participation in 5G did the NSC allow huawei").text()).contains("non-core");
    }

    @Test
    void howManyTheArticleNamesIsAnsweredByTheNames() {
        assertThat(service.ask("how many ministers does the article name as opposed? list them").text())
                .contains("Hunt").contains("Williamson");
    }

    @Test
    void emphasisAndWordsForFindingAreNotUnknownWords() {
        assertThat(service.ask("did the researchers uncover any sign whatsoever of chinese interference").text()).contains("nothing");
    }

    @Test
    void whenPressedOnAPapersReportingTheResponseToTheReportAnswers() {
        assertThat(service.ask("how did number 10 respond when pressed on the Telegraph's reporting").text()).contains("refused to comment");
    }

    @Test
    void onWhatBasisAsksWhy() {
        assertThat(service.ask("on what basis did the digital minister dispute the telegraph's reporting").text())
                .containsAnyOf("Cabinet leaks", "yet to be made");
    }

    @Test
    void abbreviatedTitlesAreTheTitlesTheStoryWrites() {
        assertThat(service.ask("Int'l Trade Sec and Int'l Dev Sec - names pls, both opposed?").text()).contains("Liam Fox").contains("Mordaunt");
    }

    @Test
    void whereInACountryAsksForAPlaceInsideIt() {
        // the story says Britain, not where in Britain
        assertThat(service.ask("whereabouts in Britain are huawei's testing centres").abstained()).isTrue();
        assertThat(service.ask("where in the UK will the five eyes meet").text()).contains("Glasgow");
    }

    @Test
    void refusingToFallInLineIsResisting() {
        assertThat(service.ask("which european governments refused to fall in line with washington on huawei").text())
                .contains("Germany").contains("France");
    }

    @Test
    void theFiveEyesMobMeetingUpIsTheirMeeting() {
        assertThat(service.ask("when n where is the five eyes mob meeting up").text()).contains("Glasgow").contains("Wednesday");
    }

    @Test
    void aWordTheStoryNeverUsesDoesNotSinkAQuestionCloseInMeaningToAPassage() {
        assertThat(service.ask("did the watchdog report find any chinese state interference in huawei kit").text()).contains("nothing");
        assertThat(service.ask("who got arrested along with the funcionario from huawei").text()).contains("Polish intelligence");
    }
}
