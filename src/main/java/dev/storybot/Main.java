package dev.storybot;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.storybot.answer.Answerer;
import dev.storybot.answer.AskService;
import dev.storybot.answer.ExtractiveAnswerer;
import dev.storybot.answer.Retriever;
import dev.storybot.cli.Cli;
import dev.storybot.commands.Commands;
import dev.storybot.commands.KnowledgeBase;
import dev.storybot.discord.DiscordBot;
import dev.storybot.index.Database;
import dev.storybot.index.KnowledgeIndex;
import dev.storybot.knowledge.KnowledgeFolder;
import dev.storybot.knowledge.KnowledgeParser;

/** Composition root: reads the settings, builds every object by hand and hands control to the CLI. */
public final class Main {

    /** Name recorded with the index; a different model triggers a full rebuild. */
    static final String EMBEDDING_MODEL_NAME = "bge-small-en-v1.5-q";

    private Main() {
    }

    /** The in-process ONNX model, loaded once per JVM on first use; it is immutable and thread-safe. */
    private static final class EmbeddingModelHolder {
        static final EmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, Settings::load, Main::wire, DiscordBot::run));
    }

    /** Builds the application from settings. Tests call this same method, so their wiring is production's. */
    static App wire(Settings settings) {
        Database database = Database.open(settings.databasePath());
        try {
            EmbeddingModel embeddingModel = EmbeddingModelHolder.MODEL;
            KnowledgeIndex index = new KnowledgeIndex(database, embeddingModel, EMBEDDING_MODEL_NAME);
            Retriever retriever = new Retriever(index, embeddingModel);
            Answerer answerer = dev.storybot.llm.Answerers.fromSettings(settings, new ExtractiveAnswerer());
            AskService asker = new AskService(retriever, answerer);
            KnowledgeBase knowledge = new KnowledgeBase(
                    new KnowledgeFolder(settings.knowledgeDir()), new KnowledgeParser(), index);
            return new App(settings, database, knowledge, asker, new Commands(asker, knowledge));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
