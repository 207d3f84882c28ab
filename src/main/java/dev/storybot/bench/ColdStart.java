package dev.storybot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start, measured from outside: runs {@code ask --json QUESTION} in a new JVM (this JVM's java and
 * classpath) against a database that does not exist yet, and times how long the first answer takes to
 * appear on its standard output. That includes JVM start-up, class loading, opening and migrating the
 * database, loading the embedding model, building the index from the knowledge folder and answering.
 */
final class ColdStart {

    /** Main class of the application; {@code ask} is the command line's contract. */
    static final String MAIN_CLASS = "dev.storybot.Main";

    /**
     * One run.
     *
     * @param firstAnswerMs from starting the process to reading its answer line
     * @param exitMs        from starting the process to its exit
     * @param askMs         the child's own {@code latency_ms} for the question (answering only)
     * @param abstained     whether the answer was an abstention
     */
    record Run(double firstAnswerMs, double exitMs, long askMs, boolean abstained) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ColdStart() {
    }

    /**
     * Runs once in {@code workDir} (so no {@code .env} of the user is read) with a new database file.
     *
     * @throws BenchException when the child fails or prints no answer
     */
    static Run run(Path workDir, Path database, Path knowledge, String question) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(absoluteClasspath());
        command.add(MAIN_CLASS);
        command.add("ask");
        command.add("--json");
        command.add(question);
        Path stderr = workDir.resolve(database.getFileName() + ".stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(stderr.toFile());
        Map<String, String> env = builder.environment();
        env.put("DATABASE_PATH", database.toString());
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        env.put("LLM_PROVIDER", "extractive");
        env.remove("DISCORD_TOKEN");

        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
            long answered = System.nanoTime();
            while (out.readLine() != null) {
                // drain
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BenchException("The cold-start child process did not exit within 60 s: " + command);
            }
            long exited = System.nanoTime();
            if (process.exitValue() != 0 || line == null || !line.startsWith("{")) {
                throw new BenchException("The cold-start child process failed (exit " + process.exitValue() + "): "
                        + String.join(" ", command) + "\n" + tail(stderr));
            }
            JsonNode answer = JSON.readTree(line);
            return new Run((answered - start) / 1e6, (exited - start) / 1e6, answer.path("latency_ms").asLong(-1),
                    answer.path("abstained").asBoolean());
        }
    }

    /** The classpath of this JVM with absolute entries, so that the child can run in another folder. */
    static String absoluteClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
