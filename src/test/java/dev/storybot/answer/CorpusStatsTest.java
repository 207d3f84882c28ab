package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusStatsTest {

    private final CorpusStats stats = new CorpusStats(StoryFixture.PASSAGES);

    @Test
    void correctsAMisspeltWordToTheStorysSpelling() {
        assertThat(stats.correct("tugendaht")).isEqualTo("tugendhat");
    }

    @Test
    void correctsADoubledLetterWrittenOnceInAnotherFormOfTheWord() {
        // the story writes "exaggerating"; "exagerate" is neither a word of it nor one letter away from one
        assertThat(stats.correct("exagerate")).isEqualTo("exaggerating");
        assertThat(stats.correct("embarassed")).isEqualTo("embarassed");
    }

    @Test
    void leavesAWordNamingAKindOfAnswerAlone() {
        // "party" is one letter from the story's "parts", but a word of its own: "which party is Tugendhat in"
        assertThat(stats.correct("party")).isEqualTo("party");
    }

    @Test
    void leavesACommonEnglishWordAloneButNotAnotherSpellingOrFormOfTheStorysWord() {
        assertThat(stats.correct("price")).isEqualTo("price"); // not the story's "prime"
        assertThat(stats.correct("labeled")).isEqualTo("labelled");
        assertThat(stats.correct("wider")).isEqualTo("wide");
        // a name that is an English word too, with a letter of the story's name left out
        assertThat(stats.correct("teresa")).isEqualTo("theresa");
    }

    @Test
    void knowsWhichNameTheStoryWritesMost() {
        assertThat(stats.protagonist("huawei-5g-article.txt")).isEqualTo("huawei");
        assertThat(stats.protagonist("no-such-file.txt")).isEmpty();
    }

    @Test
    void leavesAWordAloneWhenAnotherFormOfItIsInTheStory() {
        assertThat(stats.correct("companies")).isEqualTo("companies");
        assertThat(stats.correct("completed")).isEqualTo("completed");
    }
}
