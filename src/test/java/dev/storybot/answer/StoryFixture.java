package dev.storybot.answer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.storybot.knowledge.KnowledgeFolder;
import dev.storybot.knowledge.KnowledgeParser;
import dev.storybot.knowledge.Passage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The story from knowledge/, parsed and indexed in memory once per test run, with the real embedding model. */
final class StoryFixture {

    static final EmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
    static final List<Passage> PASSAGES = parse();
    static final InMemoryPassageIndex INDEX = new InMemoryPassageIndex(PASSAGES, MODEL);

    private StoryFixture() {
    }

    static AskService service() {
        return new AskService(new Retriever(INDEX, MODEL), new ExtractiveAnswerer());
    }

    private static List<Passage> parse() {
        List<Passage> out = new ArrayList<>();
        KnowledgeParser parser = new KnowledgeParser();
        new KnowledgeFolder(Path.of("knowledge")).scan().files().forEach(f -> out.addAll(parser.parse(f).passages()));
        return out;
    }
}
