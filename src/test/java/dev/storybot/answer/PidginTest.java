package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PidginTest {

    private final AskService service = StoryFixture.service();

    @Test
    void englishAndOtherLanguagesComeBackUnchanged() {
        for (String other : new String[] {"who chairs the NSC?", "what did dey say about huawei", "que es una red 5G o no",
                "did Huawei fit the antennas?", "o wait, who was another one", ""}) {
            assertThat(Pidgin.toEnglish(other)).isEqualTo(other);
        }
    }

    @Test
    void readsPidginQuestionWordsPronounsAndParticles() {
        assertThat(Pidgin.toEnglish("who be MI6 chief and wetin him yarn about chinese firms"))
                .isEqualTo("who is MI6 chief and what him say about chinese firms");
        assertThat(Pidgin.toEnglish("Oga, why huawei sack d employee wey dem arrest?"))
                .isEqualTo("why huawei sack the employee that they arrest?");
        assertThat(Pidgin.toEnglish("Huawei devices don already dey people house for UK abi na future thing?"))
                .isEqualTo("Huawei devices has already people house for UK or is it future thing?");
        assertThat(Pidgin.isPidgin("Dem don ever catch huawei staff for spying?")).isTrue();
    }

    @Test
    void answersQuestionsTypedInPidgin() {
        assertThat(service.ask("who be MI6 chief and wetin him yarn about chinese firms").text()).contains("Alex Younger")
                .contains("comfortable");
        assertThat(service.ask("why huawei sack d employee wey dem arrest").text()).contains("acted on his own");
        assertThat(service.ask("GCHQ oga Jeremy Fleming say chinese firms present wetin?").text()).contains("opportunities");
        assertThat(service.ask("wetin be the name of the huawei staff wey dem arrest for Poland sef, abeg").text()).contains("Wang Weijing");
        assertThat(service.ask("wetin Ren Zhengfei yarn about dis huawei matter?").abstained()).isTrue();
    }
}
