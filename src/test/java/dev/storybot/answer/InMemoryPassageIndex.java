package dev.storybot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.storybot.knowledge.Passage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-written in-memory {@link PassageIndex} for core tests: brute-force cosine and a plain BM25. */
final class InMemoryPassageIndex implements PassageIndex {

    private final List<Passage> passages;
    private final List<Embedding> vectors = new ArrayList<>();
    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final double avgLength;

    InMemoryPassageIndex(List<Passage> passages, EmbeddingModel model) {
        this.passages = List.copyOf(passages);
        long total = 0;
        for (Passage p : passages) {
            vectors.add(model.embed(p.retrievalText()).content());
            Map<String, Integer> tf = new HashMap<>();
            for (String t : Terms.tokens(p.retrievalText())) {
                tf.merge(Terms.stem(t), 1, Integer::sum);
                total++;
            }
            termCounts.add(tf);
            tf.keySet().forEach(s -> df.merge(s, 1, Integer::sum));
        }
        avgLength = passages.isEmpty() ? 1 : (double) total / passages.size();
    }

    @Override
    public List<ScoredPassage> nearest(Embedding query, int limit) {
        List<ScoredPassage> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            out.add(new ScoredPassage(passages.get(i), CosineSimilarity.between(query, vectors.get(i))));
        }
        out.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    @Override
    public List<ScoredPassage> keyword(List<String> terms, int limit) {
        Set<String> stems = new HashSet<>();
        terms.forEach(t -> stems.add(Terms.stem(t.toLowerCase())));
        List<ScoredPassage> out = new ArrayList<>();
        int n = passages.size();
        for (int i = 0; i < n; i++) {
            Map<String, Integer> tf = termCounts.get(i);
            int len = tf.values().stream().mapToInt(Integer::intValue).sum();
            double score = 0;
            for (String s : stems) {
                int f = tf.getOrDefault(s, 0);
                if (f == 0) {
                    continue;
                }
                int d = df.getOrDefault(s, 0);
                double idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
                score += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * len / avgLength));
            }
            if (score > 0) {
                out.add(new ScoredPassage(passages.get(i), score));
            }
        }
        out.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    @Override
    public List<Passage> all() {
        return passages;
    }

    @Override
    public long generation() {
        return 1;
    }
}
