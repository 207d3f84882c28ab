package dev.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.App;
import dev.storybot.Settings;
import dev.storybot.answer.Answer;
import dev.storybot.answer.AskService;
import dev.storybot.answer.Citation;
import dev.storybot.answer.InvalidQuestionException;
import dev.storybot.commands.KnowledgeBase;
import dev.storybot.console.Console;
import dev.storybot.console.TextRenderer;
import dev.storybot.index.DatabaseException;
import dev.storybot.knowledge.KnowledgeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The command line: {@code ask}, {@code ingest}, {@code console}, {@code bench}, and with no command the Discord
 * bot (when a token is configured) or the console. User mistakes print one line on standard error and exit with 2;
 * answers go to standard output, logs to standard error.
 */
public final class Cli {

    /** Exit code for a problem the user can fix (bad input, bad configuration). */
    public static final int USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Starts the Discord bot for a wired app and returns the exit code when it stops. */
    @FunctionalInterface
    public interface DiscordLauncher {
        int run(App app) throws Exception;
    }

    private final Supplier<Settings> settings;
    private final Function<Settings, App> wiring;
    private final DiscordLauncher discord;
    private final PrintStream out;
    private final PrintStream err;
    private final java.io.InputStream in;

    public Cli(Supplier<Settings> settings, Function<Settings, App> wiring, DiscordLauncher discord,
        java.io.InputStream in, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.wiring = wiring;
        this.discord = discord;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line with the process's standard streams and returns the exit code. */
    public static int run(String[] args, Supplier<Settings> settings, Function<Settings, App> wiring, DiscordLauncher discord) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        return new Cli(settings, wiring, discord, System.in, out, System.err).execute(args);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public int execute(String... args) {
        CommandLine cl = new CommandLine(new Root(this))
                .addSubcommand(new AskCommand(this))
                .addSubcommand(new IngestCommand(this))
                .addSubcommand(new ConsoleCommand(this))
                .addSubcommand(new BenchCommand(settings, wiring, out, err));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> handle(e));
        return cl.execute(args);
    }

    private int handle(Exception e) {
        if (e instanceof Settings.InvalidSettingException || e instanceof DatabaseException
                || e instanceof KnowledgeException || e instanceof InvalidQuestionException) {
            err.println("storybot: " + e.getMessage());
            return USAGE;
        }
        LOG.error("Unexpected failure", e);
        err.println("storybot: unexpected error: " + e + " (details in the log above)");
        return 1;
    }

    private App app() {
        return wiring.apply(settings.get());
    }

    private static void ensureBuilt(App app, PrintStream log) {
        app.knowledge().ensureBuilt(msg -> log.println(msg)).ifPresent(r ->
                log.println("Index built: " + r.report().summary()));
        app.asker().warmUp();
    }

    @Command(name = "storybot", mixinStandardHelpOptions = true, version = "storybot 0.1.0",
            description = {"Answers questions about the news story in the knowledge folder, citing the exact source sentences.",
                    "",
                    "With no command: runs the Discord bot when DISCORD_TOKEN is set, otherwise the local console.",
                    "Configuration: environment variables, or a .env file in this folder; every key is listed with its "
                            + "default in .env.example."},
            footer = {"", "Examples:",
                    "  java -jar target/storybot.jar ask \"who opposed the decision\"",
                    "  java -jar target/storybot.jar ask --json < questions.txt",
                    "  java -jar target/storybot.jar ingest"})
    static final class Root implements Callable<Integer> {
        private final Cli cli;

        Root(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws Exception {
            Settings s = cli.settings.get();
            try (App app = cli.wiring.apply(s)) {
                if (s.hasDiscordToken()) {
                    return cli.discord.run(app);
                }
                cli.err.println("No DISCORD_TOKEN configured: starting the local console. To connect to Discord, put "
                        + "DISCORD_TOKEN=... in .env (see README.md).");
                ensureBuilt(app, cli.err);
                new Console(app.commands(), new BufferedReader(new InputStreamReader(cli.in, StandardCharsets.UTF_8)), cli.out).run();
                return 0;
            }
        }
    }

    @Command(name = "ask", mixinStandardHelpOptions = true,
            description = {"Answers one question and prints the answer with its numbered sources.",
                    "With --json and no question: reads one question a line from standard input and prints one JSON "
                            + "object a line (question, answer, abstained, citations with n, source, location, passage "
                            + "and quote, answerer, latency_ms). Logs go to standard error."})
    static final class AskCommand implements Callable<Integer> {
        private final Cli cli;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quote it).")
        List<String> words;

        AskCommand(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws Exception {
            if (words == null || words.isEmpty()) {
                if (!json) {
                    cli.err.println("storybot: give a question, e.g. ask \"who opposed the decision\" (or use --json to read questions from standard input)");
                    return USAGE;
                }
                return batch();
            }
            String question = AskService.validate(String.join(" ", words));
            try (App app = cli.app()) {
                ensureBuilt(app, cli.err);
                Answer a = app.asker().ask(question);
                cli.out.println(json ? toJson(a).toString() : TextRenderer.render(a));
                return 0;
            }
        }

        private int batch() throws Exception {
            int failures = 0;
            try (App app = cli.app()) {
                ensureBuilt(app, cli.err);
                BufferedReader reader = new BufferedReader(new InputStreamReader(cli.in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        cli.out.println(toJson(app.asker().ask(line)).toString());
                    } catch (InvalidQuestionException e) {
                        failures++;
                        ObjectNode o = JSON.createObjectNode();
                        o.put("question", line);
                        o.put("error", e.getMessage());
                        cli.out.println(o.toString());
                    }
                }
            }
            return failures == 0 ? 0 : USAGE;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Refreshes the index from the knowledge folder and prints what changed.")
    static final class IngestCommand implements Callable<Integer> {
        private final Cli cli;

        IngestCommand(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (App app = cli.app()) {
                KnowledgeBase.Refreshed r = app.knowledge().refresh(msg -> cli.err.println(msg));
                cli.out.println(r.report().summary());
                return 0;
            }
        }
    }

    @Command(name = "console", mixinStandardHelpOptions = true,
            description = "A local REPL speaking the bot's slash commands (/ask, /kb refresh, /kb status, /help).")
    static final class ConsoleCommand implements Callable<Integer> {
        private final Cli cli;

        ConsoleCommand(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws Exception {
            try (App app = cli.app()) {
                ensureBuilt(app, cli.err);
                new Console(app.commands(), new BufferedReader(new InputStreamReader(cli.in, StandardCharsets.UTF_8)), cli.out).run();
                return 0;
            }
        }
    }

    /** The JSON object of the {@code ask --json} contract. */
    public static ObjectNode toJson(Answer a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", a.question());
        o.put("answer", a.text());
        o.put("abstained", a.abstained());
        ArrayNode cites = o.putArray("citations");
        for (Citation c : a.citations()) {
            ObjectNode co = cites.addObject();
            co.put("n", c.n());
            co.put("source", c.source());
            co.put("location", c.location());
            co.put("passage", c.passage());
            co.put("quote", c.quote());
        }
        o.put("answerer", a.answerer());
        o.put("latency_ms", a.latencyMs());
        return o;
    }
}
