package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoleOwnerTest {

    private final Lexicon lexicon = new Lexicon();
    private final Set<String> chair = lexicon.related(Terms.stem("chairman"));

    @Test
    void readsWhomTheQuestionTiesTheRoleTo() {
        assertThat(RoleOwner.asked("who is Huawei's chairman?", chair)).containsExactly("huawei");
        assertThat(RoleOwner.asked("who is the chairman of Huawei?", chair)).containsExactly("huawei");
        assertThat(RoleOwner.asked("who is the head of the NCSC", chair)).containsExactly("ncsc");
        assertThat(RoleOwner.asked("who is the chairman?", chair)).isEmpty();
    }

    @Test
    void aSentenceGivingTheRoleOnlyToAnotherBodyIsRuledOut() {
        Set<String> huawei = Set.of("huawei");
        assertThat(RoleOwner.onlyOthers("Foreign Affairs Committee chairman Tom Tugendhat who tweeted: “Allowing Huawei in”",
                chair, huawei, lexicon)).isTrue();
        assertThat(RoleOwner.onlyOthers("MI6 chief Alex Younger has said so, while the head of GCHQ, Jeremy Fleming, has spoken",
                chair, huawei, lexicon)).isTrue();
        // a role with no owner written may be anyone's; one given to the asked owner answers
        assertThat(RoleOwner.onlyOthers("During a press conference, Chairman Guo said the US was sore.", chair, huawei, lexicon))
                .isFalse();
        assertThat(RoleOwner.onlyOthers("MI6 chief Alex Younger has said so, while the head of GCHQ, Jeremy Fleming, has spoken",
                chair, Set.of("gchq"), lexicon)).isFalse();
        assertThat(RoleOwner.onlyOthers("Foreign Affairs Committee chairman Tom Tugendhat", chair, Set.of(), lexicon)).isFalse();
    }
}
