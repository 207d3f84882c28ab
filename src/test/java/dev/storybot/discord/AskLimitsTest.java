package dev.storybot.discord;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class AskLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void aUserWaitsForTheCooldownBetweenQuestions() {
        AskLimits limits = new AskLimits(Duration.ofSeconds(10), 4, now::get);
        assertThat(limits.tryStart("alice", "g")).isInstanceOf(AskLimits.Permit.class);
        advance(Duration.ofSeconds(3));
        AskLimits.Decision again = limits.tryStart("alice", "g");
        assertThat(again).isInstanceOfSatisfying(AskLimits.Limited.class,
                l -> assertThat(l.message()).contains("wait 7 s"));
        assertThat(limits.tryStart("bob", "g")).as("other users are not held up").isInstanceOf(AskLimits.Permit.class);
        advance(Duration.ofSeconds(7));
        assertThat(limits.tryStart("alice", "g")).isInstanceOf(AskLimits.Permit.class);
    }

    @Test
    void aServerAnswersAtMostTheConfiguredNumberOfQuestionsAtOnce() {
        AskLimits limits = new AskLimits(Duration.ZERO, 2, now::get);
        AskLimits.Permit a = (AskLimits.Permit) limits.tryStart("a", "g1");
        AskLimits.Permit b = (AskLimits.Permit) limits.tryStart("b", "g1");
        assertThat(limits.tryStart("c", "g1")).isInstanceOfSatisfying(AskLimits.Limited.class,
                l -> assertThat(l.message()).contains("2 questions are already being answered"));
        assertThat(limits.tryStart("c", "g2")).as("another server").isInstanceOf(AskLimits.Permit.class);
        a.release();
        a.release(); // idempotent: frees one slot only
        assertThat(limits.running("g1")).isEqualTo(1);
        assertThat(limits.tryStart("c", "g1")).isInstanceOf(AskLimits.Permit.class);
        assertThat(limits.tryStart("d", "g1")).isInstanceOf(AskLimits.Limited.class);
        b.release();
        assertThat(limits.running("g1")).isEqualTo(1);
    }

    @Test
    void aRefusedQuestionDoesNotStartTheCooldown() {
        AskLimits limits = new AskLimits(Duration.ofSeconds(10), 1, now::get);
        AskLimits.Permit busy = (AskLimits.Permit) limits.tryStart("a", "g");
        assertThat(limits.tryStart("b", "g")).isInstanceOf(AskLimits.Limited.class);
        busy.release();
        assertThat(limits.tryStart("b", "g")).as("b never got to ask, so b has no cooldown").isInstanceOf(AskLimits.Permit.class);
    }
}
