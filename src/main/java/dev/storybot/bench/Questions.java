package dev.storybot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The question set the benchmark asks: plain text files (one question a line, {@code #} comments) or JSON
 * Lines files whose objects carry the question in {@code q} (the eval set format). Duplicates are dropped.
 */
final class Questions {

    /** The set bundled in the jar. */
    static final String BUNDLED = "bench/questions.txt";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Questions() {
    }

    /** The bundled question set. */
    static List<String> bundled() {
        try (InputStream in = Questions.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return distinct(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), false, BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The questions of every file, in order, without duplicates.
     *
     * @throws BenchException when a file is missing, unreadable or holds no question
     */
    static List<String> load(List<Path> files) {
        List<String> all = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new BenchException("Question file not found: " + file.toAbsolutePath()
                        + ". Give a .txt file (one question a line) or a .jsonl file with \"q\" fields.");
            } catch (IOException e) {
                throw new BenchException("Cannot read the question file " + file.toAbsolutePath() + ": " + e.getMessage()
                        + ". Give a .txt file (one question a line) or a .jsonl file with \"q\" fields.");
            }
            boolean jsonl = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
            all.addAll(parse(text, jsonl, file.toString()));
        }
        if (all.isEmpty()) {
            throw new BenchException("No question found in " + files + ".");
        }
        return distinct(all);
    }

    /** The questions without repeats (ignoring case), in order. */
    private static List<String> distinct(List<String> questions) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String q : questions) {
            if (seen.add(q.toLowerCase(Locale.ROOT))) {
                out.add(q);
            }
        }
        return out;
    }

    private static List<String> parse(String text, boolean jsonl, String name) {
        List<String> questions = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || (!jsonl && l.startsWith("#"))) {
                continue;
            }
            if (!jsonl) {
                questions.add(l);
                continue;
            }
            try {
                JsonNode q = JSON.readTree(l).get("q");
                if (q == null || !q.isTextual() || q.asText().isBlank()) {
                    throw new BenchException(name + " line " + lineNo + " has no \"q\" text field.");
                }
                questions.add(q.asText().strip());
            } catch (IOException e) {
                throw new BenchException(name + " line " + lineNo + " is not JSON: " + e.getMessage());
            }
        }
        return questions;
    }
}
