package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HinglishTest {

    @Test
    void anEnglishQuestionComesBackUnchanged() {
        for (String english : new String[] {"who chairs the NSC?", "Is the US going to ban Huawei, or is it the EU?",
                "what did the PM say to us in the interview to the press", "ki and ka are not words here", ""}) {
            assertThat(Hinglish.toEnglish(english)).isEqualTo(english);
        }
    }

    @Test
    void putsTheQuestionWordFirstAndDropsTheGrammarWords() {
        assertThat(Hinglish.toEnglish("MI6 ka boss kaun hai bhai")).isEqualTo("who MI6's boss?");
        assertThat(Hinglish.toEnglish("NSC ki meeting kab hui thi?")).isEqualTo("when NSC's meeting?");
        assertThat(Hinglish.toEnglish("huawei ne kitne testing centres khole")).isEqualTo("how many testing centres huawei opened?");
        assertThat(Hinglish.toEnglish("ye conference kis shehar me hogi yaar")).isEqualTo("which city conference?");
    }

    @Test
    void readsTwoWordQuestionWordsAndRepeatedOnes() {
        assertThat(Hinglish.toEnglish("kaun kaun se desh five eyes me hain")).isEqualTo("which country five eyes?");
        assertThat(Hinglish.toEnglish("report kis ne likhi thi")).isEqualTo("who report wrote?");
        assertThat(Hinglish.toEnglish("huawei ne employee ko kis liye nikala")).isEqualTo("why huawei employee sacked?");
    }

    @Test
    void aLeadingKyaAsksYesOrNoUnlessOnlyANounFollows() {
        assertThat(Hinglish.toEnglish("kya japan ne huawei pe curbs lagaye hain?")).isEqualTo("did japan huawei curbs imposed?");
        assertThat(Hinglish.toEnglish("kya wajah thi")).isEqualTo("what is reason?");
    }

    @Test
    void postpositionsGoBeforeTheirNounAndKaMakesAPossessive() {
        assertThat(Hinglish.toEnglish("Hunt ne huawei ke baare me kya kaha")).isEqualTo("what did Hunt about huawei said?");
        assertThat(Hinglish.toEnglish("US officials ke hisab se problem kya hai")).isEqualTo("what is according to US officials problem?");
        assertThat(Hinglish.toEnglish("Wang ka naam kya hai")).isEqualTo("what is Wang's name?");
    }

    @Test
    void anObjectQuestionKeepsItsSubject() {
        assertThat(Hinglish.toEnglish("May ne kisko overrule kiya")).isEqualTo("who did May overrule?");
    }

    @Test
    void splitsTwoQuestionsAndDropsARemarkAfterThem() {
        assertThat(Hinglish.toEnglish("home secretary kaun hai aur usne kya bola")).isEqualTo("who home secretary? what did said?");
        assertThat(Hinglish.toEnglish("guo ka surname kya hai? sirf guo likha hai")).isEqualTo("what is guo's surname?");
    }

    @Test
    void aRequestToTellAsksWhatAndAClosingKyaAsksYesOrNo() {
        assertThat(Hinglish.toEnglish("us banda ka naam batao")).isEqualTo("what is man's name?");
        assertThat(Hinglish.toEnglish("huawei ke phones gharon me hain kya?")).isEqualTo("did huawei's phones homes?");
        assertThat(Hinglish.toEnglish("critics ko kis baat ka dar hai")).isEqualTo("what is critics fear?");
    }

    @Test
    void readsRomanUrduSpellings() {
        assertThat(Hinglish.toEnglish("huawei ny us employee ko q nikala")).isEqualTo("why huawei employee sacked?");
        assertThat(Hinglish.toEnglish("glasgow mn conference kb ho gi")).isEqualTo("when glasgow conference?");
        assertThat(Hinglish.toEnglish("MI6 ka sarbarah kon hy")).isEqualTo("who MI6's head?");
    }

    @Test
    void orNotAtTheEndAsksYesOrNo() {
        assertThat(Hinglish.toEnglish("report ke hisaab se huawei ne flaws fix kiye ya nahi"))
                .isEqualTo("did according to report huawei flaws fix?");
    }

    @Test
    void readsWhatAWordMeansAndWhatHappenedToSomeone() {
        assertThat(Hinglish.toEnglish("NCSC ka matlab kya hai samjha do")).isEqualTo("what does NCSC mean?");
        assertThat(Hinglish.toEnglish("Wang kon hy aur us ka kya hua")).isEqualTo("who Wang? what happened?");
        assertThat(Hinglish.toEnglish("Tugendhat ne twitter py kya likha")).isEqualTo("what did Tugendhat twitter wrote?");
    }

    @Test
    void anEnglishQuestionWordKeepsItsEnglishOrder() {
        assertThat(Hinglish.toEnglish("who hai MI6 ka chief?")).isEqualTo("who MI6's chief?");
        assertThat(Hinglish.toEnglish("what did GCHQ ka boss say about chinese firms yaar"))
                .isEqualTo("what did GCHQ's boss say about chinese firms?");
    }

    @Test
    void readsFormalNewsWordsOfUrduAndHindi() {
        assertThat(Hinglish.toEnglish("amreeka ne huawei ke sath kya kiya")).isEqualTo("what did US with huawei?");
        assertThat(Hinglish.toEnglish("huawei ke mulazim ko kahan giraftar kiya gaya")).isEqualTo("where huawei's employee arrested?");
    }

    @Test
    void readsMoreUrduAndHindiNewsWordsAndTheShortH() {
        AskService service = StoryFixture.service();
        assertThat(service.ask("five eyes alliance me kaun kaun se countries h, sab ke naam").text()).contains("Canada");
        assertThat(service.ask("chinese officials ke mutabiq trump administration security concerns ko kyun barha chadha ke"
                + " bata rahi hai").text()).contains("competitor");
        assertThat(service.ask("chairman guo ne US wali baat kis mauqe pe ki thi").text()).contains("press conference");
        assertThat(service.ask("hunt aur javid wali tasveer kis photographer ki hai").text()).contains("Stefan Rousseau");
        assertThat(service.ask("jeremy hunt aur gavin williamson ke kya ohday hain government me??").text())
                .contains("Foreign Secretary").contains("Defence Secretary");
    }
}
