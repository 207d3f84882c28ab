package dev.storybot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AskServiceTest {

    @Test
    void rejectsEmptyAndWhitespaceQuestions() {
        assertThatThrownBy(() -> AskService.validate("   \t")).isInstanceOf(InvalidQuestionException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> AskService.validate(null)).isInstanceOf(InvalidQuestionException.class);
    }

    @Test
    void rejectsQuestionsOverTheLimitSayingWhatTheLimitIs() {
        String longQuestion = "why ".repeat(300);
        assertThatThrownBy(() -> AskService.validate(longQuestion)).isInstanceOf(InvalidQuestionException.class)
                .hasMessageContaining("too long").hasMessageContaining("1000");
    }

    @Test
    void stripsSurroundingWhitespace() {
        assertThat(AskService.validate("  who?  ")).isEqualTo("who?");
    }
}
