package dev.storybot.answer;

import dev.storybot.knowledge.Passage;

import java.util.List;

/**
 * What retrieval found for a question.
 *
 * @param question the question as asked
 * @param focused  what the question asks, without the courtesies and framing around it, in plain English
 *                 (QuestionFocus); retrieval searched for this
 * @param terms    the question's content words after spelling correction against the corpus vocabulary
 * @param hits     candidate passages, best first
 * @param stats    corpus statistics of the index the hits come from
 */
public record Evidence(String question, String focused, List<String> terms, List<Hit> hits, CorpusStats stats) {

    /**
     * A retrieved passage.
     *
     * @param passage       the passage
     * @param fused         fused retrieval score, higher is better
     * @param dense         cosine similarity of the passage to the question (0 when dense retrieval did not return it)
     * @param keyword       BM25 score (0 when keyword retrieval did not return it)
     * @param denseWithout  cosine similarity of the passage to the question without the words the knowledge never
     *                      uses; NaN when the question has no such word or the passage was not among the nearest
     */
    public record Hit(Passage passage, double fused, double dense, double keyword, double denseWithout) {
        public Hit(Passage passage, double fused, double dense, double keyword) {
            this(passage, fused, dense, keyword, Double.NaN);
        }

        /**
         * How much closer the passage gets to the question when the unknown words are left out: positive when
         * those words are foreign to it, negative when they belong to what it says; NaN when not measured.
         */
        public double unknownWordsShift() {
            return denseWithout - dense;
        }
    }

    public Evidence {
        terms = List.copyOf(terms);
        hits = List.copyOf(hits);
    }

    /** Evidence for {@code question}, whose focus is worked out here (the question itself without statistics). */
    public Evidence(String question, List<String> terms, List<Hit> hits, CorpusStats stats) {
        this(question, stats == null ? question : QuestionFocus.of(question, stats), terms, hits, stats);
    }

    /** The candidate passages, best first. */
    public List<Passage> passages() {
        return hits.stream().map(Hit::passage).toList();
    }
}
