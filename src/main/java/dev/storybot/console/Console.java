package dev.storybot.console;

import dev.storybot.commands.Commands;
import dev.storybot.commands.Reply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A local REPL that speaks the bot's slash commands through the same handlers the Discord bot uses.
 * The person at the console is treated as a moderator. Not thread-safe: one console, one user.
 */
public final class Console {

    private final Commands commands;
    private final BufferedReader in;
    private final PrintStream out;

    public Console(Commands commands, BufferedReader in, PrintStream out) {
        this.commands = commands;
        this.in = in;
        this.out = out;
    }

    /** Reads commands until end of input or {@code /quit}. */
    public void run() throws IOException {
        out.println("storybot console. Type /help for commands, /quit to leave; a line without a command is asked as a question.");
        prompt();
        String line;
        while ((line = in.readLine()) != null) {
            String cmd = line.strip();
            if (cmd.equals("/quit") || cmd.equals("/exit")) {
                break;
            }
            if (!cmd.isEmpty()) {
                out.println(TextRenderer.render(handle(cmd)));
            }
            prompt();
        }
    }

    /** Runs one console line and returns the reply. */
    public Reply handle(String line) {
        String cmd = line.strip();
        if (!cmd.startsWith("/")) {
            return commands.ask(cmd);
        }
        String[] parts = cmd.split("\\s+", 3);
        switch (parts[0]) {
            case "/ask":
                return commands.ask(cmd.length() > 4 ? cmd.substring(4) : "");
            case "/help":
                return commands.help();
            case "/kb":
                return kb(parts);
            default:
                return new Reply.Refused("Unknown command " + parts[0] + ". Type /help to see the commands.");
        }
    }

    private Reply kb(String[] parts) {
        String sub = parts.length > 1 ? parts[1] : "";
        String arg = parts.length > 2 ? parts[2].strip() : "";
        switch (sub) {
            case "refresh":
                return commands.refresh(msg -> out.println("  " + msg));
            case "status":
                return commands.status();
            case "upload":
                if (arg.isEmpty()) {
                    return new Reply.Refused("Usage: /kb upload <path to a .md, .txt or .html file>");
                }
                Path file = Path.of(arg);
                try {
                    return commands.upload(file.getFileName().toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    return new Reply.Refused("Cannot read " + file + ": " + e.getMessage());
                }
            case "remove":
                return arg.isEmpty() ? new Reply.Refused("Usage: /kb remove <document name>") : commands.remove(arg);
            default:
                return new Reply.Refused("Usage: /kb refresh | /kb status | /kb upload <file> | /kb remove <document>");
        }
    }

    private void prompt() {
        out.print("> ");
        out.flush();
    }
}
