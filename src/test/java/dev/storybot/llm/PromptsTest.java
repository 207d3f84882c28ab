package dev.storybot.llm;

import dev.storybot.Settings.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.storybot.llm.Fixtures.HUNT;
import static dev.storybot.llm.Fixtures.WILLIAMSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptsTest {

    @TempDir
    Path dir;

    private void write(String file, String text) throws Exception {
        Files.writeString(dir.resolve(file), text);
    }

    @Test
    void theRepositoryTemplatesLoadAndNumberThePassagesWithDocumentAndLocation() {
        Prompts p = Prompts.load(Fixtures.REPO_PROMPTS);

        String user = p.user("Who opposed it?", List.of(HUNT, WILLIAMSON));

        assertThat(p.system()).startsWith("You are storybot.").doesNotContain("{{");
        assertThat(user).contains("<passage n=\"1\">\ndocument: huawei-5g-article.txt\nlocation: " + HUNT.location()
                        + "\ntext: " + HUNT.text() + "\n</passage>")
                .contains("<passage n=\"2\">")
                .contains("<question>\nWho opposed it?\n</question>")
                .doesNotContain("{{");
    }

    @Test
    void aMissingTemplateIsNamed() throws Exception {
        write("question.txt", "{{passages}} {{question}}");

        assertThatThrownBy(() -> Prompts.load(dir))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(dir.resolve("system.txt").toString())
                .hasMessageContaining("not found")
                .hasMessageContaining("PROMPTS_DIR");
    }

    @Test
    void aMissingPlaceholderIsNamedWithItsFile() throws Exception {
        write("system.txt", "Be good.");
        write("question.txt", "Passages: {{passages}}");

        assertThatThrownBy(() -> Prompts.load(dir))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(dir.resolve("question.txt").toString())
                .hasMessageContaining("{{question}}");
    }

    @Test
    void anUnknownPlaceholderIsNamedWithItsFile() throws Exception {
        write("system.txt", "Be good.");
        write("question.txt", "{{passages}} {{question}} {{ story }}");

        assertThatThrownBy(() -> Prompts.load(dir))
                .hasMessageContaining(dir.resolve("question.txt").toString())
                .hasMessageContaining("{{story}}");
    }

    @Test
    void theSystemPromptTakesNoPlaceholders() throws Exception {
        write("system.txt", "Answer {{question}}.");
        write("question.txt", "{{passages}} {{question}}");

        assertThatThrownBy(() -> Prompts.load(dir)).hasMessageContaining(dir.resolve("system.txt").toString());
    }

    @Test
    void anEmptyOrNonUtf8TemplateIsNamed() throws Exception {
        write("system.txt", "  \n");
        write("question.txt", "{{passages}} {{question}}");
        assertThatThrownBy(() -> Prompts.load(dir)).hasMessageContaining(dir.resolve("system.txt") + " is empty");

        write("system.txt", "Be good.");
        Files.write(dir.resolve("question.txt"), new byte[]{'{', '{', 'q', (byte) 0xff, '}', '}'});
        assertThatThrownBy(() -> Prompts.load(dir)).hasMessageContaining(dir.resolve("question.txt") + " is not UTF-8");
    }

    @Test
    void insertedTextIsNeverReadAsAPlaceholder() throws Exception {
        write("system.txt", "Be good.");
        write("question.txt", "Q: {{question}}\nP: {{passages}}");

        String user = Prompts.load(dir).user("what about {{passages}} and $1 \\ ?", List.of(HUNT));

        assertThat(user).startsWith("Q: what about {{passages}} and $1 \\ ?\nP: <passage n=\"1\">");
    }
}
