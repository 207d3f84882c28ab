package dev.storybot.discord;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleTest {

    @Test
    void letsAnEditThroughAtMostOncePerInterval() {
        AtomicLong now = new AtomicLong();
        Throttle throttle = new Throttle(Duration.ofSeconds(1), now::get);
        assertThat(throttle.tryAcquire()).as("the first").isTrue();
        now.addAndGet(Duration.ofMillis(400).toNanos());
        assertThat(throttle.tryAcquire()).isFalse();
        now.addAndGet(Duration.ofMillis(599).toNanos());
        assertThat(throttle.tryAcquire()).isFalse();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(throttle.tryAcquire()).isTrue();
        assertThat(throttle.tryAcquire()).isFalse();
    }
}
