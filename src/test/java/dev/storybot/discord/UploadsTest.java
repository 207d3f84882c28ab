package dev.storybot.discord;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadsTest {

    private HttpServer server;

    @BeforeEach
    void serveFiles() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] small = "# Notes\n\nText.\n".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[Uploads.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) 'a');
        server.createContext("/small.md", ex -> {
            ex.sendResponseHeaders(200, small.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(small);
            }
        });
        // chunked, so the size is not known in advance: the cap must hold while reading
        server.createContext("/huge.md", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(huge);
            } catch (java.io.IOException clientStoppedReading) {
                // expected: the download stops at the cap
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void acceptsMarkdownAndTextFilesUnderTheLimit() {
        assertThat(Uploads.problem("notes.md", 1000)).isEmpty();
        assertThat(Uploads.problem("Notes 2.txt", Uploads.MAX_BYTES)).isEmpty();
    }

    @Test
    void refusesOtherTypesUnsafeNamesAndLargeOrEmptyFiles() {
        assertThat(Uploads.problem("report.pdf", 10)).hasValueSatisfying(m -> assertThat(m).contains("not a supported document"));
        assertThat(Uploads.problem("../../etc/passwd.md", 10)).hasValueSatisfying(m -> assertThat(m).contains("not an acceptable file name"));
        assertThat(Uploads.problem("..md", 10)).isPresent();
        assertThat(Uploads.problem(".hidden.md", 10)).isPresent();
        assertThat(Uploads.problem("big.md", Uploads.MAX_BYTES + 1L)).hasValueSatisfying(m -> assertThat(m).contains("too large"));
        assertThat(Uploads.problem("empty.md", 0)).hasValueSatisfying(m -> assertThat(m).contains("empty"));
    }

    @Test
    void downloadsTheAttachment() throws Exception {
        assertThat(new String(Uploads.create().download(url("/small.md"), "small.md"), StandardCharsets.UTF_8)).startsWith("# Notes");
    }

    @Test
    void stopsReadingAtTheLimitWhateverTheServerSends() {
        assertThatThrownBy(() -> Uploads.create().download(url("/huge.md"), "huge.md"))
                .isInstanceOf(Uploads.UploadException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> Uploads.readCapped(new ByteArrayInputStream(new byte[11]), 10, "x.md"))
                .isInstanceOf(Uploads.UploadException.class);
    }

    @Test
    void saysWhenTheDownloadFails() {
        assertThatThrownBy(() -> Uploads.create().download(url("/missing.md"), "missing.md"))
                .isInstanceOf(Uploads.UploadException.class).hasMessageContaining("HTTP 404");
    }
}
