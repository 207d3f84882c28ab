package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GermanTest {

    private final AskService service = StoryFixture.service();

    @Test
    void englishAndOtherLanguagesComeBackUnchanged() {
        for (String other : new String[] {"who chairs the NSC?", "wen is the conference", "what was the decision, and who made it?",
                "er im not sure who the chef was", "que es una red 5G", "did the die fall on Tuesday?", ""}) {
            assertThat(German.toEnglish(other)).isEqualTo(other);
        }
    }

    @Test
    void readsGermanWordsAsEnglishAndKeepsNames() {
        assertThat(German.toEnglish("in welchem land wurde der huawei mitarbeiter wegen spionage verhaftet"))
                .isEqualTo("in which country was the huawei employee spying arrested");
        assertThat(German.toEnglish("was sagt downing street zu dem ganzen?")).startsWith("what says downing street");
        assertThat(German.toEnglish("Wie heisst the former Member of the Polish intelligence Service?"))
                .startsWith("what is the name of the former Member");
        // the English "was" stays English in a question that mixes the two
        assertThat(German.toEnglish("wann und wo was the Huawei Employee arrested?")).isEqualTo("when and where was the Huawei"
                + " Employee arrested?");
    }

    @Test
    void answersQuestionsTypedInGermanOrWithGermanWords() {
        assertThat(service.ask("in welchem land wurde der huawei mitarbeiter wegen spionage verhaftet").text()).contains("Poland");
        assertThat(service.ask("Warum has Huawei the Mitarbeiter Wang Weijing sacked, what was their Begründung?").text())
                .contains("acted on his own");
        assertThat(service.ask("welche länder sind eigentlich alle in diesem five eyes ding drin?").text()).contains("Canada");
        assertThat(service.ask("der MI6 chef, wie heißt der und was muss Britain laut ihm entscheiden").text())
                .contains("Alex Younger");
        assertThat(service.ask("was ist der vorname von chairman guo?").abstained()).isTrue();
        assertThat(service.ask("Wie heisst the former Member of the Polish intelligence Service who was arrested together with"
                + " Wang Weijing?").abstained()).isTrue();
    }
}
