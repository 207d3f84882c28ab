package dev.storybot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeFolderTest {

    @TempDir
    Path dir;

    @Test
    void readsMarkdownAndTextFilesRecursivelyAndIgnoresOthers() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n\nText.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "B\n\nMore text.");
        Files.writeString(dir.resolve("c.pdf"), "not read");
        Files.writeString(dir.resolve(".hidden.md"), "skipped");
        KnowledgeFolder.Scan scan = new KnowledgeFolder(dir).scan();
        assertThat(scan.files()).extracting(SourceFile::path).containsExactly("a.md", "sub/b.txt");
        assertThat(scan.files().get(0).hash()).hasSize(64);
    }

    @Test
    void readsAnHtmlPageAsItsVisibleTextKeepingTheHashOfItsBytes() throws IOException {
        String html = "<html><body><h1>Page</h1><p>Fish &amp; chips.</p></body></html>";
        Files.writeString(dir.resolve("page.html"), html);
        KnowledgeFolder.Scan scan = new KnowledgeFolder(dir).scan();
        assertThat(scan.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("page.html");
            assertThat(f.text()).isEqualTo("# Page\n\nFish & chips.");
            assertThat(f.hash()).isEqualTo(KnowledgeFolder.sha256(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        });
    }

    @Test
    void skipsAnHtmlPageWithNoReadableTextWithAWarning() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Good\n\nFine text.");
        Files.writeString(dir.resolve("app.htm"), "<html><body><script>start()</script></body></html>");
        KnowledgeFolder.Scan scan = new KnowledgeFolder(dir).scan();
        assertThat(scan.files()).extracting(SourceFile::path).containsExactly("good.txt");
        assertThat(scan.warnings()).anySatisfy(w -> assertThat(w).contains("app.htm").contains("no readable text"));
    }

    @Test
    void skipsBinaryAndNonUtf8FilesWithAWarningNamingThem() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Good\n\nFine text.");
        Files.write(dir.resolve("binary.txt"), new byte[]{'a', 0, 'b'});
        Files.write(dir.resolve("latin1.md"), new byte[]{'c', 'a', 'f', (byte) 0xE9});
        KnowledgeFolder.Scan scan = new KnowledgeFolder(dir).scan();
        assertThat(scan.files()).extracting(SourceFile::path).containsExactly("good.txt");
        assertThat(scan.warnings()).anySatisfy(w -> assertThat(w).contains("binary.txt").contains("binary"));
        assertThat(scan.warnings()).anySatisfy(w -> assertThat(w).contains("latin1.md").contains("UTF-8"));
    }

    @Test
    void aMissingFolderIsAClearError() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> new KnowledgeFolder(missing).scan())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("not found").hasMessageContaining("nope").hasMessageContaining("KNOWLEDGE_DIR");
    }

    @Test
    void anEmptyFolderIsAClearError() {
        assertThatThrownBy(() -> new KnowledgeFolder(dir).scan())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("No readable documents");
    }
}
