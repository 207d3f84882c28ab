package dev.storybot.commands;

import dev.storybot.index.IndexStatus;
import dev.storybot.index.KnowledgeIndex;
import dev.storybot.index.RefreshReport;
import dev.storybot.knowledge.KnowledgeException;
import dev.storybot.knowledge.KnowledgeFolder;
import dev.storybot.knowledge.KnowledgeParser;
import dev.storybot.knowledge.ParsedDocument;
import dev.storybot.knowledge.SourceFile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The knowledge folder and its index together: refresh, upload and removal of documents. One change at a
 * time (methods that change anything are synchronized); questions keep being answered from the previous
 * index while a refresh runs.
 */
public final class KnowledgeBase {

    /** Largest document accepted by {@link #upload}. */
    public static final int MAX_UPLOAD_BYTES = 1024 * 1024;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,99}");

    private final KnowledgeFolder folder;
    private final KnowledgeParser parser;
    private final KnowledgeIndex index;

    /** A refresh's report and the files it skipped. */
    public record Refreshed(RefreshReport report, List<String> warnings) {
        public Refreshed {
            warnings = List.copyOf(warnings);
        }
    }

    public KnowledgeBase(KnowledgeFolder folder, KnowledgeParser parser, KnowledgeIndex index) {
        this.folder = folder;
        this.parser = parser;
        this.index = index;
    }

    /**
     * Re-reads the knowledge folder and brings the index up to date.
     *
     * @throws KnowledgeException when the folder is missing or holds no readable document (the index is left as it was)
     */
    public synchronized Refreshed refresh(Consumer<String> progress) {
        KnowledgeFolder.Scan scan = folder.scan();
        scan.warnings().forEach(progress);
        List<ParsedDocument> docs = scan.files().stream().map(parser::parse).toList();
        RefreshReport report = index.refresh(docs, progress);
        return new Refreshed(report, scan.warnings());
    }

    /**
     * Builds the index when it is empty; returns the refresh that ran, if any. Does not wait for a refresh
     * in progress when the index already has passages, so questions keep flowing during a refresh.
     */
    public java.util.Optional<Refreshed> ensureBuilt(Consumer<String> progress) {
        if (!index.isEmpty()) {
            return java.util.Optional.empty();
        }
        synchronized (this) {
            return index.isEmpty() ? java.util.Optional.of(refresh(progress)) : java.util.Optional.empty();
        }
    }

    public IndexStatus status() {
        return index.status();
    }

    /** Names of the documents in the knowledge folder (relative paths), sorted. */
    public List<String> documents() {
        if (!Files.isDirectory(folder.dir())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder.dir())) {
            return walk.filter(Files::isRegularFile)
                    .filter(KnowledgeFolder::isSupported)
                    .map(folder::relativeName)
                    .filter(n -> !n.startsWith(".") && !n.contains("/."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new KnowledgeException("Cannot list knowledge folder " + folder.dir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds or replaces a document, then refreshes. The file is written only after it has been validated;
     * if the refresh fails, a replaced document is restored.
     *
     * @throws KnowledgeException with a user-facing message when the name or content is not acceptable
     */
    public synchronized Refreshed upload(String fileName, byte[] content) {
        String name = safeName(fileName);
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new KnowledgeException(name + " is too large (" + content.length / 1024 + " KiB): the limit is "
                    + MAX_UPLOAD_BYTES / 1024 + " KiB.");
        }
        String problem = KnowledgeFolder.problemWith(content);
        if (problem != null) {
            throw new KnowledgeException(name + " was not added: " + problem + ".");
        }
        SourceFile probe = new SourceFile(name, KnowledgeFolder.readableText(name,
                new String(content, java.nio.charset.StandardCharsets.UTF_8)), "probe");
        if (parser.parse(probe).passages().isEmpty()) {
            throw new KnowledgeException(name + " was not added: it has no text to index.");
        }
        Path target = folder.dir().resolve(name);
        try {
            Files.createDirectories(folder.dir());
            Path backup = Files.exists(target) ? Files.copy(target, sibling(target, ".bak"), StandardCopyOption.REPLACE_EXISTING) : null;
            Path tmp = sibling(target, ".part");
            Files.write(tmp, content);
            move(tmp, target);
            try {
                Refreshed r = refresh(msg -> { });
                if (backup != null) {
                    Files.deleteIfExists(backup);
                }
                return r;
            } catch (RuntimeException e) {
                if (backup != null) {
                    move(backup, target);
                } else {
                    Files.deleteIfExists(target);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new KnowledgeException("Could not save " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes a document from the knowledge folder and refreshes.
     *
     * @throws KnowledgeException when there is no such document, or it is the last one
     */
    public synchronized Refreshed remove(String documentName) {
        String name = documentName == null ? "" : documentName.strip();
        if (!documents().contains(name)) {
            throw new KnowledgeException("No document named '" + name + "'. Use /kb status to see the documents.");
        }
        if (documents().size() == 1) {
            throw new KnowledgeException("'" + name + "' is the only document: upload another one before removing it.");
        }
        Path target = folder.dir().resolve(name).normalize();
        Path backup = sibling(target, ".bak");
        try {
            move(target, backup);
            try {
                Refreshed r = refresh(msg -> { });
                Files.deleteIfExists(backup);
                return r;
            } catch (RuntimeException e) {
                move(backup, target);
                throw e;
            }
        } catch (IOException e) {
            throw new KnowledgeException("Could not remove " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A file name that is safe to create directly inside the knowledge folder: no directories, no
     * traversal, a supported extension.
     *
     * @throws KnowledgeException explaining what is wrong with the name
     */
    public static String safeName(String fileName) {
        String raw = fileName == null ? "" : fileName.strip();
        String base = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        if (!base.equals(raw) || base.contains("..") || !SAFE_NAME.matcher(base).matches()) {
            throw new KnowledgeException("'" + raw + "' is not an acceptable file name: use letters, digits, '.', '-', '_'"
                    + " and spaces, no folders, at most 100 characters.");
        }
        if (!KnowledgeFolder.isSupported(Path.of(base))) {
            throw new KnowledgeException("'" + base + "' is not a supported document: only "
                    + String.join(", ", KnowledgeFolder.EXTENSIONS.stream().sorted().toList()) + " files can be added.");
        }
        return base;
    }

    private static Path sibling(Path target, String suffix) {
        return target.resolveSibling("." + target.getFileName() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
