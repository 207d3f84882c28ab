package dev.storybot.answer;

import dev.storybot.knowledge.Passage;

import java.util.List;

/**
 * What retrieval found for a question.
 *
 * @param question the question as asked
 * @param terms    the question's content words after spelling correction against the corpus vocabulary
 * @param hits     candidate passages, best first
 * @param stats    corpus statistics of the index the hits come from
 */
public record Evidence(String question, List<String> terms, List<Hit> hits, CorpusStats stats) {

    /**
     * A retrieved passage.
     *
     * @param passage the passage
     * @param fused   fused retrieval score, higher is better
     * @param dense   cosine similarity of the passage to the question (0 when dense retrieval did not return it)
     * @param keyword BM25 score (0 when keyword retrieval did not return it)
     */
    public record Hit(Passage passage, double fused, double dense, double keyword) {
    }

    public Evidence {
        terms = List.copyOf(terms);
        hits = List.copyOf(hits);
    }

    /** The candidate passages, best first. */
    public List<Passage> passages() {
        return hits.stream().map(Hit::passage).toList();
    }
}
