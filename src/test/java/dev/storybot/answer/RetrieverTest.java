package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetrieverTest {

    private final Retriever retriever = new Retriever(StoryFixture.INDEX, StoryFixture.MODEL);

    @Test
    void keepsTheParagraphAfterTheBestHitsWhichMayNameTheirSource() {
        // the lead says May "has reportedly given the go-ahead"; who reported it is said in the next paragraph
        Evidence e = retriever.retrieve("Which newspaper reported that May gave Huawei the go-ahead for the 5G network?");
        var ids = e.hits().stream().limit(4).map(h -> h.passage().id()).toList();
        assertThat(ids).contains("huawei-5g-article.txt#2", "huawei-5g-article.txt#3");
    }

    @Test
    void ranksTheOnlyPassageNamingTheChairAmongThoseTheAnswererReads() {
        // most passages share only "Huawei" and "decision" with the question: that is no keyword match
        var ids = retriever.retrieve("Which group, headed by the Prime Minister, took the decision on Huawei?").hits().stream()
                .limit(ExtractiveAnswerer.PASSAGES).map(h -> h.passage().id()).toList();
        assertThat(ids).contains("huawei-5g-article.txt#3");
    }

    @Test
    void neverKeepsMoreHitsThanItsLimit() {
        assertThat(retriever.retrieve("What did Tom Tugendhat tweet about Five Eyes?").hits()).hasSizeLessThanOrEqualTo(Retriever.KEEP);
    }

    @Test
    void searchesTheStorysOwnWordsForWordsItNeverUses() {
        // the story says "fresh strains with the US"; the question says neither "strains" nor "US"
        var ids = retriever.retrieve("will this upset the americans then?").hits().stream()
                .limit(ExtractiveAnswerer.PASSAGES).map(h -> h.passage().id()).toList();
        assertThat(ids).contains("huawei-5g-article.txt#36");
    }
}
