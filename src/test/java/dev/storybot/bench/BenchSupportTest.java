package dev.storybot.bench;

import dev.storybot.answer.AskService;
import dev.storybot.knowledge.KnowledgeFolder;
import dev.storybot.knowledge.KnowledgeParser;
import dev.storybot.knowledge.ParsedDocument;
import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.PassageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's building blocks; no test here measures or asserts a time. */
class BenchSupportTest {

    @TempDir
    Path dir;

    @Test
    void percentilesUseTheNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
        }
        Latency l = Latency.ofNanos(nanos);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.p50Ms()).isEqualTo(50.0);
        assertThat(l.p95Ms()).isEqualTo(95.0);
        assertThat(l.maxMs()).isEqualTo(100.0);
        assertThat(l.meanMs()).isEqualTo(50.5);
    }

    @Test
    void syntheticNewsParsesIntoAtLeastTheRequestedPassagesWithTheStorysStructure() {
        SyntheticNews.Written written = SyntheticNews.write(dir, 600, 7);

        KnowledgeFolder.Scan scan = new KnowledgeFolder(dir).scan();
        List<ParsedDocument> docs = scan.files().stream().map(new KnowledgeParser()::parse).toList();
        List<Passage> passages = docs.stream().flatMap(d -> d.passages().stream()).toList();
        assertThat(scan.warnings()).isEmpty();
        assertThat(docs).hasSize(written.documents());
        assertThat(passages).hasSizeGreaterThanOrEqualTo(600).hasSize(written.passages());
        assertThat(passages).extracting(Passage::kind).contains(PassageKind.HEADLINE, PassageKind.BODY, PassageKind.CAPTION);
        List<String> sections = passages.stream().filter(p -> p.kind() == PassageKind.BODY).map(Passage::section)
                .filter(s -> !s.isEmpty()).toList(); // the introduction has no section
        assertThat(sections).isNotEmpty().allSatisfy(s -> assertThat(s).endsWith("?"));
    }

    @Test
    void syntheticNewsIsTheSameForTheSameSeed() throws Exception {
        SyntheticNews.write(dir.resolve("a"), 200, 1);
        SyntheticNews.write(dir.resolve("b"), 200, 1);
        assertThat(Files.readString(dir.resolve("b/news-00003.txt"))).isEqualTo(Files.readString(dir.resolve("a/news-00003.txt")));
    }

    @Test
    void bundledQuestionsAreDistinctAndAcceptedByAsk() {
        List<String> questions = Questions.bundled();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
        questions.forEach(AskService::validate);
    }

    @Test
    void questionsAreReadFromTextAndJsonLinesWithoutRepeats() throws Exception {
        Path txt = Files.writeString(dir.resolve("q.txt"), "# comment\nWho opposed the decision?\n\nwho opposed the decision?\n");
        Path jsonl = Files.writeString(dir.resolve("q.jsonl"), "{\"id\":\"a\",\"q\":\"Where was the employee arrested?\"}\n");
        assertThat(Questions.load(List.of(txt, jsonl)))
                .containsExactly("Who opposed the decision?", "Where was the employee arrested?");
    }

    @Test
    void aMissingQuestionFileIsNamedInTheError() {
        assertThatThrownBy(() -> Questions.load(List.of(dir.resolve("nope.txt"))))
                .isInstanceOf(BenchException.class).hasMessageContaining("nope.txt");
    }

    @Test
    void optionsRejectATooSmallScaleRunWithTheOptionName() {
        assertThatThrownBy(() -> new BenchOptions(dir, List.of(), 1, 1, 0, 10, 1, false))
                .isInstanceOf(BenchException.class).hasMessageContaining("--scale");
    }
}
