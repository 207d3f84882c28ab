package dev.storybot.commands;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.storybot.index.Database;
import dev.storybot.index.KnowledgeIndex;
import dev.storybot.knowledge.KnowledgeException;
import dev.storybot.knowledge.KnowledgeFolder;
import dev.storybot.knowledge.KnowledgeParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeBaseTest {

    /** A cheap deterministic embedding model that fails on text containing EXPLODE. */
    static final class FakeEmbeddingModel implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                if (s.text().contains("EXPLODE")) {
                    throw new IllegalStateException("embedding failed");
                }
                float[] v = new float[8];
                for (char c : s.text().toCharArray()) {
                    v[c % 8] += 1;
                }
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }

        @Override
        public int dimension() {
            return 8;
        }
    }

    @TempDir
    Path tmp;
    private Path folder;
    private Database db;
    private KnowledgeBase kb;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(tmp.resolve("knowledge"));
        Files.writeString(folder.resolve("story.md"), "# Story\n\nThe first paragraph.\n\nThe second paragraph.\n");
        db = Database.open(tmp.resolve("kb.db"));
        kb = new KnowledgeBase(new KnowledgeFolder(folder), new KnowledgeParser(),
                new KnowledgeIndex(db, new FakeEmbeddingModel(), "fake"));
        kb.refresh(msg -> { });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void uploadStoresTheDocumentAndIndexesIt() throws IOException {
        KnowledgeBase.Refreshed r = kb.upload("extra notes.txt", "Notes\n\nA new fact.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.report().added()).containsExactly("extra notes.txt");
        assertThat(Files.readString(folder.resolve("extra notes.txt"))).contains("A new fact.");
        assertThat(kb.documents()).containsExactly("extra notes.txt", "story.md");
        assertThat(kb.status().documents()).isEqualTo(2);
    }

    @Test
    void uploadOfAnHtmlPageIndexesItsTextAndRefusesAPageWithNone() throws IOException {
        KnowledgeBase.Refreshed r = kb.upload("page.html",
                "<html><body><h1>Page</h1><p>A new fact.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(r.report().added()).containsExactly("page.html");
        assertThat(kb.status().passages()).isEqualTo(5);
        assertThatThrownBy(() -> kb.upload("empty.html", "<html><body><script>x()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("no text to index");
        assertThat(kb.documents()).containsExactly("page.html", "story.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.md", "sub/dir.md", "..\\evil.txt", ".hidden.md", "..", "", "notes.pdf", "run.sh"})
    void uploadRefusesUnsafeOrUnsupportedNames(String name) {
        assertThatThrownBy(() -> kb.upload(name, "Title\n\ntext".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(KnowledgeException.class);
        assertThat(tmp.resolve("evil.md")).doesNotExist();
        assertThat(kb.documents()).containsExactly("story.md");
    }

    @Test
    void uploadRefusesBinaryNonUtf8AndOversizedFilesWithoutWritingThem() {
        assertThatThrownBy(() -> kb.upload("bin.txt", new byte[]{1, 0, 2})).hasMessageContaining("binary");
        assertThatThrownBy(() -> kb.upload("latin.txt", new byte[]{'c', 'a', 'f', (byte) 0xE9})).hasMessageContaining("UTF-8");
        byte[] big = "a".repeat(KnowledgeBase.MAX_UPLOAD_BYTES + 1).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> kb.upload("big.txt", big)).hasMessageContaining("too large");
        assertThat(kb.documents()).containsExactly("story.md");
    }

    @Test
    void aReplacementThatFailsToIndexRestoresThePreviousDocument() throws IOException {
        String before = Files.readString(folder.resolve("story.md"));
        assertThatThrownBy(() -> kb.upload("story.md", "# Story\n\nEXPLODE here.\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuntimeException.class);
        assertThat(Files.readString(folder.resolve("story.md"))).isEqualTo(before);
        assertThat(kb.status().passages()).isEqualTo(3);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("story.md");
        }
    }

    @Test
    void questionsAreNotHeldUpByARefreshInProgress() throws Exception {
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        Files.writeString(folder.resolve("story.md"), "# Story\n\nThe first paragraph, changed.\n");
        Thread refresh = new Thread(() -> kb.refresh(msg -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        refresh.start();
        assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        var check = java.util.concurrent.CompletableFuture.supplyAsync(() -> kb.ensureBuilt(msg -> { }));
        assertThat(check.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
        assertThat(kb.status().passages()).isEqualTo(3);
        release.countDown();
        refresh.join(10_000);
        assertThat(kb.status().passages()).isEqualTo(2);
    }

    @Test
    void removeDeletesTheDocumentAndItsPassages() throws IOException {
        kb.upload("other.txt", "Other\n\nMore text.\n".getBytes(StandardCharsets.UTF_8));
        KnowledgeBase.Refreshed r = kb.remove("other.txt");
        assertThat(r.report().removed()).containsExactly("other.txt");
        assertThat(folder.resolve("other.txt")).doesNotExist();
        assertThat(kb.status().documents()).isEqualTo(1);
    }

    @Test
    void removeRefusesUnknownDocumentsAndTheLastOne() {
        assertThatThrownBy(() -> kb.remove("nope.md")).hasMessageContaining("No document named 'nope.md'");
        assertThatThrownBy(() -> kb.remove("../story.md")).isInstanceOf(KnowledgeException.class);
        assertThatThrownBy(() -> kb.remove("story.md")).hasMessageContaining("only document");
        assertThat(folder.resolve("story.md")).exists();
    }
}
