package dev.storybot.discord;

import dev.storybot.answer.Answer;
import dev.storybot.answer.Citation;
import dev.storybot.index.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackStoreTest {

    private static final Citation CITATION = new Citation(1, "story.md", "section 1, paragraph 2",
            "Before. Hunt opposed it. After.", "Hunt opposed it.");
    private static final Answer ANSWER = new Answer("who opposed it", "Hunt opposed it. [1]", false, List.of(CITATION), "extractive", 5);

    @Test
    void keepsAnAnswerWithItsCitationsForTheButtons() {
        try (FeedbackStore store = FeedbackStore.inMemory(Clock.systemUTC())) {
            long id = store.saveAnswer(ANSWER, "1", "42");
            FeedbackStore.StoredAnswer stored = store.answer(id).orElseThrow();
            assertThat(stored.question()).isEqualTo("who opposed it");
            assertThat(stored.citation(1)).contains(CITATION);
            assertThat(stored.citation(2)).isEmpty();
            assertThat(store.answer(id + 1)).isEmpty();
        }
    }

    @Test
    void storesAVoteWithTheQuestionTheAnswerAndTheUserAndLetsTheUserChangeIt() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        try (FeedbackStore store = FeedbackStore.inMemory(clock)) {
            long id = store.saveAnswer(ANSWER, "1", "42");
            assertThat(store.vote(id, "7", FeedbackStore.Vote.UP)).isTrue();
            assertThat(store.vote(id, "7", FeedbackStore.Vote.DOWN)).isTrue();
            assertThat(store.vote(id, "8", FeedbackStore.Vote.UP)).isTrue();
            assertThat(store.feedback()).containsExactly(
                    new FeedbackStore.Feedback(id, "7", FeedbackStore.Vote.DOWN, "who opposed it", "Hunt opposed it. [1]", clock.instant()),
                    new FeedbackStore.Feedback(id, "8", FeedbackStore.Vote.UP, "who opposed it", "Hunt opposed it. [1]", clock.instant()));
        }
    }

    @Test
    void aVoteOnAnUnknownAnswerIsNotStored() {
        try (FeedbackStore store = FeedbackStore.inMemory(Clock.systemUTC())) {
            assertThat(store.vote(99, "7", FeedbackStore.Vote.UP)).isFalse();
            assertThat(store.feedback()).isEmpty();
        }
    }

    @Test
    void sharesTheIndexDatabaseFileWithoutDisturbingItsSchema(@TempDir Path dir) {
        Path file = dir.resolve("storybot.db");
        try (Database index = Database.open(file); FeedbackStore store = FeedbackStore.open(file)) {
            long id = store.saveAnswer(ANSWER, null, "42");
            assertThat(store.vote(id, "42", FeedbackStore.Vote.UP)).isTrue();
            assertThat(index.path()).isEqualTo(file.toAbsolutePath());
        }
        try (Database reopened = Database.open(file); FeedbackStore store = FeedbackStore.open(file)) {
            assertThat(store.feedback()).singleElement().satisfies(f -> assertThat(f.userId()).isEqualTo("42"));
            assertThat(reopened.path()).isEqualTo(file.toAbsolutePath());
        }
    }
}
