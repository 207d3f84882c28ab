package dev.storybot.llm;

import dev.storybot.answer.Citation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.storybot.llm.Fixtures.HUNT;
import static dev.storybot.llm.Fixtures.NSC;
import static dev.storybot.llm.Fixtures.QUESTION;
import static dev.storybot.llm.Fixtures.WILLIAMSON;
import static org.assertj.core.api.Assertions.assertThat;

class GrounderTest {

    private static final List<dev.storybot.knowledge.Passage> PASSAGES = List.of(HUNT, WILLIAMSON, NSC);

    private static Grounder.Result ground(String reply) {
        return Grounder.ground(reply, QUESTION, PASSAGES, null);
    }

    @Test
    void readsAdjacentListedAndRangedMarkers() {
        assertThat(ground("Hunt [1][2]. Williamson [2, 3]. Both [1-2]. Javid [Passage 3].").text())
                .isEqualTo("Hunt [1][2]. Williamson [2][3]. Both [1][2]. Javid [3].");
        assertThat(ground("Hunt and Williamson [1] [2].").citations()).hasSize(2);
    }

    @Test
    void renumbersInOrderOfFirstUseAndCitesEachPassageOnce() {
        Grounder.Result r = ground("The NSC agreed [3]. Hunt was against [1][3]. Williamson too [2].");

        assertThat(r.text()).isEqualTo("The NSC agreed [1]. Hunt was against [2][1]. Williamson too [3].");
        assertThat(r.citations()).extracting(Citation::passage).containsExactly(NSC.text(), HUNT.text(), WILLIAMSON.text());
    }

    @Test
    void removesMarkersNamingNoGivenPassage() {
        Grounder.Result r = ground("Hunt was against it [0][1][4]. So was Johnson [7].");

        assertThat(r.kind()).isEqualTo(Grounder.Kind.GROUNDED);
        assertThat(r.text()).isEqualTo("Hunt was against it [1]. So was Johnson.");
        assertThat(r.citations()).hasSize(1);
    }

    @Test
    void aReplyWithoutValidMarkersIsUngroundedUnlessItSaysTheStoryDoesNotSay() {
        assertThat(ground("Boris Johnson opposed it [9].").kind()).isEqualTo(Grounder.Kind.UNGROUNDED);
        assertThat(ground("Boris Johnson opposed it.").kind()).isEqualTo(Grounder.Kind.UNGROUNDED);
        for (String abstention : List.of("The story does not say.", "The story doesn\u2019t say who won.",
                "The passages do not mention the price.", "That is not in the story.", "There is no information about it.")) {
            Grounder.Result r = ground(abstention);
            assertThat(r.kind()).as(abstention).isEqualTo(Grounder.Kind.ABSTAINED);
            assertThat(r.text()).isEqualTo(Grounder.NOT_IN_STORY);
        }
    }

    @Test
    void quotesAreVerbatimPassageTextChosenByClaimWords() {
        Grounder.Result r = ground("Several ministers raised concerns [3]. May gave Huawei the go-ahead [3].");

        Citation c = r.citations().get(0);
        assertThat(c.quote()).startsWith("Theresa May has reportedly given the go-ahead")
                .endsWith("Several ministers were said to have raised concerns about the decision.");
        assertThat(NSC.text()).contains(c.quote());
    }

    @Test
    void aClaimWithNoWordsInCommonIsQuotedByTheQuestion() {
        Grounder.Result r = Grounder.ground("Yes [3].", "Did ministers raise concerns?", PASSAGES, null);

        assertThat(r.citations().get(0).quote()).isEqualTo("Several ministers were said to have raised concerns about the decision.");
    }

    @Test
    void hidesThinking() {
        Grounder.Result r = ground("<think>Passage 2 mentions [2] Williamson.</think>Hunt was against it [1].");

        assertThat(r.text()).isEqualTo("Hunt was against it [1].");
        assertThat(Grounder.preview("<think>still thinking [2", 3)).isEmpty();
    }

    @Test
    void previewHoldsBackAnUnfinishedMarkerAndRenumbersLikeTheFinalText() {
        assertThat(Grounder.preview("Williamson had concerns [", 3)).isEqualTo("Williamson had concerns");
        assertThat(Grounder.preview("Williamson had concerns [2", 3)).isEqualTo("Williamson had concerns");
        assertThat(Grounder.preview("Williamson had concerns [2][9], Hunt [1", 3)).isEqualTo("Williamson had concerns [1], Hunt");
    }

    @Test
    void bracketedTextThatIsNoMarkerStays() {
        assertThat(ground("Hunt [the Foreign Secretary] was against it in [2019] [1].").text())
                .isEqualTo("Hunt [the Foreign Secretary] was against it in [2019] [1].");
    }
}
