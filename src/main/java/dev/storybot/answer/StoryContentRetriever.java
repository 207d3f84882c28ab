package dev.storybot.answer;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.storybot.knowledge.Passage;

import java.util.List;
import java.util.Map;

/**
 * storybot's hybrid retrieval as a LangChain4j {@link ContentRetriever}, for use in a LangChain4j
 * {@code RetrievalAugmentor} or AI service. Each content is one passage, verbatim, with its
 * {@code source}, {@code location}, {@code section}, {@code passage_id} and {@code kind} as segment metadata.
 * Thread-safe.
 */
public final class StoryContentRetriever implements ContentRetriever {

    private final Retriever retriever;
    private final int maxResults;

    public StoryContentRetriever(Retriever retriever, int maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be >= 1: " + maxResults);
        }
        this.retriever = retriever;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        Evidence evidence = retriever.retrieve(query.text());
        return evidence.hits().stream().limit(maxResults).map(StoryContentRetriever::content).toList();
    }

    private static Content content(Evidence.Hit hit) {
        Passage p = hit.passage();
        Metadata metadata = new Metadata()
                .put("source", p.source())
                .put("location", p.location())
                .put("section", p.section())
                .put("passage_id", p.id())
                .put("kind", p.kind().name());
        return Content.from(TextSegment.from(p.text(), metadata), Map.of(ContentMetadata.SCORE, hit.fused()));
    }
}
