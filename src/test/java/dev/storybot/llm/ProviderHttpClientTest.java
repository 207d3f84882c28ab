package dev.storybot.llm;

import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderHttpClientTest {

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
    }

    @Test
    void readsRetryAfterInSecondsMillisecondsOrAsADate() {
        assertThat(ProviderHttpClient.retryAfter(headers("Retry-After", "2"))).contains(Duration.ofSeconds(2));
        assertThat(ProviderHttpClient.retryAfter(headers("retry-after-ms", "350"))).contains(Duration.ofMillis(350));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        assertThat(ProviderHttpClient.retryAfter(headers("Retry-After", inTenSeconds)).orElseThrow())
                .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(ProviderHttpClient.retryAfter(headers("Retry-After", "soon"))).isEmpty();
        assertThat(ProviderHttpClient.retryAfter(HttpHeaders.of(Map.of(), (a, b) -> true))).isEmpty();
    }
}
