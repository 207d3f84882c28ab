package dev.storybot.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FtsQueryTest {

    @Test
    void quotesEachWordAndOrsThem() {
        assertThat(FtsQuery.anyOf(List.of("Huawei", "5G"))).contains("\"huawei\" OR \"5g\"");
    }

    @Test
    void operatorsAndQuotesBecomeLiteralText() {
        assertThat(FtsQuery.anyOf(List.of("NEAR(", "say \"hi\"", "text:x"))).contains("\"near(\" OR \"say \"\"hi\"\"\" OR \"text:x\"");
    }

    @Test
    void dropsWordsWithNothingToSearchForAndRepeats() {
        assertThat(FtsQuery.anyOf(Arrays.asList("*", "-", null, "", " ", "\"", "a", "A"))).contains("\"a\"");
        assertThat(FtsQuery.anyOf(Arrays.asList("*", "(", null))).isEmpty();
    }

    @Test
    void boundsTheNumberOfTerms() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add("w" + i);
        }
        assertThat(FtsQuery.anyOf(many).orElseThrow().split(" OR ")).hasSize(FtsQuery.MAX_TERMS);
    }
}
