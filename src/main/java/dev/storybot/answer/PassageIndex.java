package dev.storybot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.storybot.knowledge.Passage;

import java.util.List;

/**
 * Read side of the knowledge index, as the retriever needs it. Implementations are thread-safe and
 * never block on a refresh in progress.
 */
public interface PassageIndex {

    /** Passages nearest to {@code query} by cosine similarity, best first; score is the cosine similarity. */
    List<ScoredPassage> nearest(Embedding query, int limit);

    /**
     * Passages containing any of {@code terms} (plain words; the index stems them), ranked by BM25,
     * best first; score is positive, higher is better. No terms, no results.
     */
    List<ScoredPassage> keyword(List<String> terms, int limit);

    /** Every passage currently indexed, in document order (used for corpus statistics). */
    List<Passage> all();

    /** A number that changes whenever the indexed passages change. */
    long generation();
}
