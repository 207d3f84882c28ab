package dev.storybot.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsIncludingClosingQuotes() {
        String text = "Downing Street refused to comment. A spokeswoman said: “We don’t comment.” Then it ended!";
        assertThat(Sentences.split(text)).containsExactly(
                "Downing Street refused to comment.", "A spokeswoman said: “We don’t comment.”", "Then it ended!");
    }

    @Test
    void doesNotSplitAfterTitlesOrInitials() {
        assertThat(Sentences.split("Mr. Smith met Dr. Jones. J. K. Rowling wrote it.")).containsExactly(
                "Mr. Smith met Dr. Jones.", "J. K. Rowling wrote it.");
    }

    @Test
    void everySentenceIsASubstringOfTheText() {
        String text = "It states the company has made \"no material progress\". While the report said so, it did say more.";
        assertThat(Sentences.split(text)).allSatisfy(s -> assertThat(text).contains(s)).hasSize(2);
    }
}
