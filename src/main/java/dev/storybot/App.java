package dev.storybot;

import dev.storybot.answer.AskService;
import dev.storybot.commands.Commands;
import dev.storybot.commands.KnowledgeBase;
import dev.storybot.index.Database;

/**
 * The wired application: what the adapters (CLI, console, Discord) need. Closing it closes the database.
 *
 * @param settings  the configuration it was built from
 * @param database  the open SQLite database
 * @param knowledge the knowledge folder and its index
 * @param asker     the core question-answering service
 * @param commands  the platform-neutral command handlers
 */
public record App(Settings settings, Database database, KnowledgeBase knowledge, AskService asker, Commands commands)
        implements AutoCloseable {

    @Override
    public void close() {
        database.close();
    }
}
