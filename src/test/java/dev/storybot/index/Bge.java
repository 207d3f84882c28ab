package dev.storybot.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/** The real local embedding model, loaded once for all tests that need it (it is thread-safe). */
final class Bge {

    static final EmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();

    private Bge() {
    }
}
