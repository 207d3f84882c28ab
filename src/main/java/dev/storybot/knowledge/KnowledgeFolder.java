package dev.storybot.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the knowledge folder: every {@code .md}, {@code .txt} and {@code .html} file under it, recursively
 * (an HTML page is read as its visible text). Files that are binary, not UTF-8, too large or without any
 * text are skipped with a warning naming them. Thread-safe (stateless
 * beyond its folder).
 */
public final class KnowledgeFolder {

    /** File name endings the parser understands. */
    public static final Set<String> EXTENSIONS = Set.of(".md", ".txt", ".html", ".htm");
    /** Files larger than this are skipped. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final Path dir;

    public KnowledgeFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** What a scan found: readable files and a warning for each file it skipped. */
    public record Scan(List<SourceFile> files, List<String> warnings) {
        public Scan {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads every supported file.
     *
     * @throws KnowledgeException when the folder is missing, is not a folder, or holds no readable document
     */
    public Scan scan() {
        if (!Files.exists(dir)) {
            throw new KnowledgeException("Knowledge folder not found: " + dir.toAbsolutePath()
                    + ". Create it and put .md, .txt or .html files in it, or set KNOWLEDGE_DIR.");
        }
        if (!Files.isDirectory(dir)) {
            throw new KnowledgeException("KNOWLEDGE_DIR is not a folder: " + dir.toAbsolutePath());
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(KnowledgeFolder::isSupported)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new KnowledgeException("Cannot list knowledge folder " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        List<SourceFile> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path p : paths) {
            String rel = relativeName(p);
            try {
                byte[] bytes = Files.readAllBytes(p);
                String problem = problemWith(bytes);
                if (problem != null) {
                    warnings.add("Skipped " + rel + ": " + problem);
                    continue;
                }
                String text = decode(bytes);
                if (text == null) {
                    warnings.add("Skipped " + rel + ": not valid UTF-8 text (save it as UTF-8)");
                    continue;
                }
                if (text.isBlank()) {
                    warnings.add("Skipped " + rel + ": the file is empty");
                    continue;
                }
                text = readableText(rel, text);
                if (text.isBlank()) {
                    warnings.add("Skipped " + rel + ": the page has no readable text");
                    continue;
                }
                files.add(new SourceFile(rel, text, sha256(bytes)));
            } catch (IOException e) {
                warnings.add("Skipped " + rel + ": cannot read it (" + e.getMessage() + ")");
            }
        }
        if (files.isEmpty()) {
            throw new KnowledgeException("No readable documents in " + dir.toAbsolutePath()
                    + ": add .md, .txt or .html files (UTF-8)." + (warnings.isEmpty() ? "" : " " + String.join("; ", warnings)));
        }
        return new Scan(files, warnings);
    }

    /** The path of {@code file} relative to the folder, {@code /}-separated. */
    public String relativeName(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** The text the parser reads from a file of this name: an HTML page's visible text, any other file as it is. */
    public static String readableText(String name, String decoded) {
        return HtmlText.isHtml(name) ? HtmlText.toText(decoded) : decoded;
    }

    /** Whether the parser reads files with this name. */
    public static boolean isSupported(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Why these bytes cannot be a knowledge document (binary, too large or not UTF-8), or null when
     * they can.
     */
    public static String problemWith(byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            return "larger than " + (MAX_FILE_BYTES / (1024 * 1024)) + " MiB";
        }
        for (byte b : bytes) {
            if (b == 0) {
                return "binary file (contains NUL bytes)";
            }
        }
        return decode(bytes) == null ? "not valid UTF-8 text (save it as UTF-8)" : null;
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
