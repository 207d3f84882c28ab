package dev.storybot.answer;

import java.util.List;

/**
 * The passages retrieved for a question, best first, after fusion of dense and keyword retrieval.
 *
 * @param question the question they were retrieved for
 * @param ranked   passages with their fused scores, best first
 */
public record Evidence(String question, List<ScoredPassage> ranked) {
    public Evidence {
        ranked = List.copyOf(ranked);
    }
}
