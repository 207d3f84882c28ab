package dev.storybot.discord;

import dev.storybot.index.FeedbackStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentIdsTest {

    @Test
    void buttonIdsRoundTripAndFitDiscordsLimit() {
        String passage = ComponentIds.passage(Long.MAX_VALUE, 25);
        String down = ComponentIds.vote(42, FeedbackStore.Vote.DOWN);
        assertThat(passage).hasSizeLessThanOrEqualTo(100);
        assertThat(ComponentIds.parse(passage)).contains(new ComponentIds.ShowPassage(Long.MAX_VALUE, 25));
        assertThat(ComponentIds.parse(down)).contains(new ComponentIds.Vote(42, FeedbackStore.Vote.DOWN));
        assertThat(ComponentIds.parse(ComponentIds.vote(42, FeedbackStore.Vote.UP))).contains(new ComponentIds.Vote(42, FeedbackStore.Vote.UP));
    }

    @Test
    void idsOfOtherBotsAndMalformedIdsAreNotStorybots() {
        assertThat(ComponentIds.isOurs("poll:yes")).isFalse();
        assertThat(ComponentIds.parse("poll:yes")).isEmpty();
        assertThat(ComponentIds.parse("storybot:vote:12:sideways")).isEmpty();
        assertThat(ComponentIds.parse("storybot:passage:x:1")).isEmpty();
        assertThat(ComponentIds.parse("storybot:other:1:1")).isEmpty();
        assertThat(ComponentIds.parse(null)).isEmpty();
    }
}
