package dev.storybot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract, run in-process through the production wiring. */
class CliTest {

    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private Run run(String stdin, String... args) {
        env.putIfAbsent("DATABASE_PATH", tmp.resolve("db/storybot.db").toString());
        env.putIfAbsent("KNOWLEDGE_DIR", "knowledge");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(() -> Settings.from(env::get), Main::wire, app -> 0,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void askPrintsTheAnswerAndItsNumberedSources() {
        Run r = run("", "ask", "who opposed the decision");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("[1]").contains("Sources:").contains("huawei-5g-article.txt");
    }

    @Test
    void askJsonPrintsOneObjectWithTheContractFields() throws IOException {
        Run r = run("", "ask", "--json", "Where is CYBERUK taking place?");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(1);
        JsonNode o = new ObjectMapper().readTree(r.lines().get(0));
        assertThat(o.get("question").asText()).isEqualTo("Where is CYBERUK taking place?");
        assertThat(o.get("answer").asText()).contains("Glasgow").contains("[1]");
        assertThat(o.get("abstained").asBoolean()).isFalse();
        assertThat(o.get("latency_ms").isNumber()).isTrue();
        JsonNode c = o.get("citations").get(0);
        assertThat(c.get("n").asInt()).isEqualTo(1);
        assertThat(c.get("source").asText()).isEqualTo("huawei-5g-article.txt");
        assertThat(c.get("location").asText()).isNotBlank();
        assertThat(c.get("passage").asText()).contains(c.get("quote").asText());
    }

    @Test
    void askJsonWithoutAQuestionAnswersEachLineOfStandardInputInOrder() throws IOException {
        Run r = run("Where is CYBERUK taking place?\n\nTell me a joke.\nwho is the head of gchq\n", "ask", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(r.lines().get(0)).get("question").asText()).isEqualTo("Where is CYBERUK taking place?");
        JsonNode joke = json.readTree(r.lines().get(1));
        assertThat(joke.get("abstained").asBoolean()).isTrue();
        assertThat(joke.get("citations")).isEmpty();
        assertThat(json.readTree(r.lines().get(2)).get("answer").asText()).contains("Jeremy Fleming");
    }

    @Test
    void anEmptyQuestionIsOneClearLineAndANonZeroExit() {
        Run r = run("", "ask", "   ");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err().strip()).startsWith("storybot:").contains("empty").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anOverlongQuestionIsRefusedWithTheLimit() {
        Run r = run("", "ask", "why ".repeat(400));
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("too long").contains("1000").doesNotContain("\tat ");
    }

    @Test
    void anOverlongQuestionInABatchGetsAnErrorObjectAndTheOthersStillAnswer() throws IOException {
        Run r = run("why ".repeat(400) + "\nwho is the head of gchq\n", "ask", "--json");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.lines()).hasSize(2);
        assertThat(new ObjectMapper().readTree(r.lines().get(0)).get("error").asText()).contains("too long");
        assertThat(new ObjectMapper().readTree(r.lines().get(1)).get("answer").asText()).contains("Fleming");
    }

    @Test
    void aMissingKnowledgeFolderIsAClearError() {
        env.put("KNOWLEDGE_DIR", tmp.resolve("nowhere").toString());
        Run r = run("", "ingest");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("Knowledge folder not found").contains("nowhere").doesNotContain("\tat ");
    }

    @Test
    void anEmptyKnowledgeFolderIsAClearError() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        env.put("KNOWLEDGE_DIR", tmp.resolve("empty").toString());
        Run r = run("", "ask", "who opposed the decision");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("No readable documents").doesNotContain("\tat ");
    }

    @Test
    void aBinaryFileIsSkippedWithAWarningAndTheRestIsIndexed() throws IOException {
        Path kb = Files.createDirectories(tmp.resolve("kb"));
        Files.copy(Path.of("knowledge/huawei-5g-article.txt"), kb.resolve("story.txt"));
        Files.write(kb.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        env.put("KNOWLEDGE_DIR", kb.toString());
        Run r = run("", "ingest");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("photo.txt");
        assertThat(r.out()).contains("1 added");
    }

    @Test
    void aDatabasePathThatIsNotSqliteIsRefusedAndLeftUntouched() throws IOException {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "my precious notes\n");
        env.put("DATABASE_PATH", notes.toString());
        Run r = run("", "ask", "who opposed the decision");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("notes.txt").contains("not a SQLite database").doesNotContain("\tat ");
        assertThat(Files.readString(notes)).isEqualTo("my precious notes\n");
    }

    @Test
    void ingestReportsWhatChangedAndThenThatNothingDid() {
        Run first = run("", "ingest");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("1 added");
        Run second = run("", "ingest");
        assertThat(second.out()).contains("0 added").contains("1 unchanged");
    }

    @Test
    void invalidConfigurationIsOneClearLine() {
        env.put("ASK_COOLDOWN_SECONDS", "soon");
        Run r = run("", "ask", "who opposed the decision");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("ASK_COOLDOWN_SECONDS").doesNotContain("\tat ");
    }

    @Test
    void helpExplainsTheCommands() {
        Run r = run("", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ask").contains("ingest").contains("console").contains("DISCORD_TOKEN");
    }

    @Test
    void withoutATokenTheBotStartsTheConsoleWithAHint() {
        Run r = run("/ask who is the head of gchq\n/kb status\n/quit\n");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("No DISCORD_TOKEN");
        assertThat(r.out()).contains("Jeremy Fleming").contains("Documents: 1");
    }
}
