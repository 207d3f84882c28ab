package dev.storybot.llm;

import dev.storybot.Settings.InvalidSettingException;
import dev.storybot.knowledge.Passage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates, read once from the prompts folder: {@value #SYSTEM_FILE} (the system prompt, no
 * placeholders) and {@value #QUESTION_FILE} (the user message, with {@code {{passages}}} and
 * {@code {{question}}}). Passages and question are inserted as delimited data in a single pass, so text
 * inside them is never taken for a placeholder or a closing tag. Immutable and thread-safe.
 */
final class Prompts {

    static final String SYSTEM_FILE = "system.txt";
    static final String QUESTION_FILE = "question.txt";
    static final String PASSAGES = "passages";
    static final String QUESTION = "question";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private final String system;
    private final String questionTemplate;

    private Prompts(String system, String questionTemplate) {
        this.system = system;
        this.questionTemplate = questionTemplate;
    }

    /**
     * Reads and checks both templates.
     *
     * @throws InvalidSettingException naming the file when a template is missing, unreadable, empty, or has a
     *                                 missing or unknown placeholder
     */
    static Prompts load(Path dir) {
        Path systemFile = dir.resolve(SYSTEM_FILE);
        Path questionFile = dir.resolve(QUESTION_FILE);
        String system = read(systemFile);
        Set<String> inSystem = placeholders(system);
        if (!inSystem.isEmpty()) {
            throw broken(systemFile, "has placeholders " + braces(inSystem)
                    + ", but the system prompt takes none (passages and question go in " + QUESTION_FILE + ")");
        }
        String question = read(questionFile);
        Set<String> inQuestion = placeholders(question);
        for (String required : List.of(PASSAGES, QUESTION)) {
            if (!inQuestion.contains(required)) {
                throw broken(questionFile, "lacks the {{" + required + "}} placeholder (it needs {{passages}} and {{question}})");
            }
        }
        inQuestion.removeAll(List.of(PASSAGES, QUESTION));
        if (!inQuestion.isEmpty()) {
            throw broken(questionFile, "has unknown placeholders " + braces(inQuestion) + " (known: {{passages}}, {{question}})");
        }
        return new Prompts(system.strip(), question.strip());
    }

    /** The system prompt, verbatim from the file (surrounding blank lines removed). */
    String system() {
        return system;
    }

    /** The user message: the question template with the numbered passages and the question inserted as data. */
    String user(String question, List<Passage> passages) {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (i > 0) {
                block.append("\n\n");
            }
            block.append("<passage n=\"").append(i + 1).append("\">\n")
                    .append("document: ").append(data(p.source())).append('\n')
                    .append("location: ").append(data(p.location())).append('\n')
                    .append("text: ").append(data(p.text())).append('\n')
                    .append("</passage>");
        }
        Map<String, String> values = Map.of(PASSAGES, block.toString(), QUESTION, data(question));
        Matcher m = PLACEHOLDER.matcher(questionTemplate);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text that cannot close or open a delimiter tag of the template. */
    static String data(String s) {
        return s.replace('<', '\u2039').replace('>', '\u203A');
    }

    private static String read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new InvalidSettingException("Prompt template not found: " + file
                    + " (restore it from the repository's prompts/ folder, or point PROMPTS_DIR at a folder with "
                    + SYSTEM_FILE + " and " + QUESTION_FILE + ")");
        } catch (CharacterCodingException e) {
            throw broken(file, "is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidSettingException("Prompt template " + file + " cannot be read: " + e.getMessage());
        }
        if (text.isBlank()) {
            throw broken(file, "is empty");
        }
        return text;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList());
    }

    private static InvalidSettingException broken(Path file, String problem) {
        return new InvalidSettingException("Prompt template " + file + " " + problem);
    }
}
