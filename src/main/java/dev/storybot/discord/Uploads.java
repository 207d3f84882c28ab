package dev.storybot.discord;

import dev.storybot.commands.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Attachments given to {@code /kb upload}: the checks that can be made before downloading (name, declared
 * size) and a download that never reads more than the limit, whatever the server claims. The content checks
 * (UTF-8, text) are the core's ({@link KnowledgeBase#upload}). Thread-safe.
 */
final class Uploads {

    /** Largest attachment accepted, in bytes: the core's limit. */
    static final int MAX_BYTES = KnowledgeBase.MAX_UPLOAD_BYTES;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;

    Uploads(HttpClient http) {
        this.http = http;
    }

    static Uploads create() {
        return new Uploads(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    }

    /**
     * Why an attachment with this name and declared size cannot be a knowledge document, or empty when it
     * may be downloaded.
     */
    static Optional<String> problem(String fileName, long declaredSize) {
        String name;
        try {
            name = KnowledgeBase.safeName(fileName);
        } catch (KnowledgeException e) {
            return Optional.of(e.getMessage());
        }
        if (declaredSize > MAX_BYTES) {
            return Optional.of(name + " is too large (" + declaredSize / 1024 + " KiB): the limit is "
                    + MAX_BYTES / 1024 + " KiB.");
        }
        if (declaredSize == 0) {
            return Optional.of(name + " is empty.");
        }
        return Optional.empty();
    }

    /**
     * The bytes at {@code url}, at most {@link #MAX_BYTES} of them.
     *
     * @throws UploadException with a user-facing message when the download fails or is too large
     */
    byte[] download(String url, String fileName) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new UploadException("Could not download " + fileName + " from Discord (HTTP "
                            + response.statusCode() + "): try uploading it again.");
                }
                return readCapped(in, MAX_BYTES, fileName);
            }
        } catch (IOException e) {
            throw new UploadException("Could not download " + fileName + " from Discord (" + e.getMessage()
                    + "): try uploading it again.");
        }
    }

    /** All of {@code in} when it holds at most {@code max} bytes. @throws UploadException when it holds more */
    static byte[] readCapped(InputStream in, int max, String fileName) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new UploadException(fileName + " is too large: the limit is " + max / 1024 + " KiB.");
        }
        return bytes;
    }

    /** An attachment that cannot be used; the message says why. */
    static final class UploadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UploadException(String message) {
            super(message);
        }
    }
}
