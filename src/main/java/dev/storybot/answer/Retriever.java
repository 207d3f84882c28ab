package dev.storybot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.PassageKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Hybrid retrieval: dense (embedding cosine) and keyword (BM25) candidates, fused. Question words the
 * corpus does not know are corrected to the nearest corpus word first, so typos still match. Thread-safe.
 */
public final class Retriever {

    /** Instruction that BGE models expect in front of a search query (passages are embedded without it). */
    static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";
    static final int CANDIDATES = 30;
    static final int KEEP = 16;
    static final double KEYWORD_FLOOR = 0.1;
    private static final double RRF_K = 20;
    /** How much the keyword search with the knowledge's words for the question's unknown ones counts in the fusion. */
    static final double RELATED_WEIGHT = 0.5;

    private final PassageIndex index;
    private final Lexicon lexicon = new Lexicon();
    private final EmbeddingModel model;
    private final String queryPrefix;
    private volatile Snapshot snapshot;

    private record Snapshot(long generation, CorpusStats stats) {
    }

    /**
     * @param queryPrefix text put in front of questions before embedding them (model specific; may be empty)
     */
    public Retriever(PassageIndex index, EmbeddingModel model, String queryPrefix) {
        this.index = index;
        this.model = model;
        this.queryPrefix = queryPrefix;
    }

    public Retriever(PassageIndex index, EmbeddingModel model) {
        this(index, model, QUERY_PREFIX);
    }

    /** Statistics of the passages currently indexed. */
    public CorpusStats stats() {
        long gen = index.generation();
        Snapshot s = snapshot;
        if (s == null || s.generation() != gen) {
            s = new Snapshot(gen, new CorpusStats(index.all()));
            snapshot = s;
        }
        return s.stats();
    }

    /** Candidate passages for {@code question}, best first. */
    private static final java.util.Set<String> PICTURE_WORDS = java.util.Set.of("caption", "captions", "photo",
            "photos", "photograph", "photographs", "picture", "pictures", "pic", "pics", "image", "images", "credit",
            "credited", "pictured");

    private static final java.util.Set<String> HEADLINE_WORDS = java.util.Set.of("headline", "headlines", "title");

    public Evidence retrieve(String asked) {
        CorpusStats stats = stats();
        // "I wondered whether you could tell me ...": search for what is asked, not for the courtesies around it
        String question = QuestionFocus.of(asked, stats);
        List<String> terms = new ArrayList<>();
        for (String t : new LinkedHashSet<>(Terms.content(question))) {
            terms.add(stats.correct(t));
        }
        String corrected = correctedQuestion(question, stats);
        Embedding q = model.embed(queryPrefix + corrected).content();
        List<ScoredPassage> dense = index.nearest(q, 2 * CANDIDATES);
        // "will this upset the Americans": a word the knowledge never uses is searched as the words it does use
        // for the same thing ("strains", "US")
        List<String> searched = new ArrayList<>(terms);
        for (String t : terms) {
            if (!stats.knows(t)) {
                lexicon.relatedWords(t).stream().filter(stats::knows).sorted().forEach(searched::add);
            }
        }
        List<ScoredPassage> keyword = index.keyword(terms, CANDIDATES);
        List<ScoredPassage> related = searched.size() == terms.size() ? List.of() : index.keyword(searched, CANDIDATES);
        if (!keyword.isEmpty()) {
            // a passage that shares only the commonest word of the question ("Huawei") is no keyword match
            double floor = KEYWORD_FLOOR * keyword.get(0).score();
            keyword = keyword.stream().filter(sp -> sp.score() >= floor).toList();
        }
        Map<String, Double> without = similarityWithoutUnknownWords(corrected, stats);

        Map<String, double[]> scores = new HashMap<>(); // fused, dense, keyword
        Map<String, Passage> byId = new HashMap<>();
        fuse(dense, scores, byId, 1);
        fuse(keyword, scores, byId, 2);
        fuse(related, scores, byId, 0, RELATED_WEIGHT);
        List<Evidence.Hit> hits = new ArrayList<>();
        // captions rank below body text, unless the question is about a picture
        boolean aboutPicture = Terms.tokens(question).stream().anyMatch(PICTURE_WORDS::contains);
        boolean aboutHeadline = Terms.tokens(question).stream().anyMatch(HEADLINE_WORDS::contains);
        for (var e : scores.entrySet()) {
            Passage p = byId.get(e.getKey());
            double[] s = e.getValue();
            boolean wanted = p.kind() == PassageKind.BODY || p.kind() == PassageKind.CAPTION && aboutPicture
                    || p.kind() == PassageKind.HEADLINE && aboutHeadline;
            double fused = s[0] * (wanted ? 1.0 : 0.5);
            hits.add(new Evidence.Hit(p, fused, s[1], s[2], without.getOrDefault(p.id(), Double.NaN)));
        }
        if (aboutHeadline) {
            // "what does the headline ask": the headlines are what is asked about, however little they share with it
            double top = hits.stream().mapToDouble(Evidence.Hit::fused).max().orElse(0);
            for (Passage p : stats.headlinePassages()) {
                hits.removeIf(h -> h.passage().id().equals(p.id()));
                hits.add(new Evidence.Hit(p, top + 1e-6, 0, 0));
            }
        }
        hits.sort(Comparator.comparingDouble(Evidence.Hit::fused).reversed());
        withFollowingParagraph(hits, stats);
        withContinuations(hits, stats);
        return new Evidence(asked, question, terms, hits.subList(0, Math.min(KEEP, hits.size())), stats);
    }

    /** How many of the best hits bring the paragraph after them along. */
    static final int CONTEXT_HITS = 2;

    /**
     * Makes sure the paragraph after each of the best hits is kept: "May has reportedly given the go-ahead" is
     * sourced in the next paragraph ("..., according to the Daily Telegraph"), which may share no word with
     * the question.
     */
    private static void withFollowingParagraph(List<Evidence.Hit> hits, CorpusStats stats) {
        for (int i = 0; i < Math.min(CONTEXT_HITS, hits.size()); i++) {
            Evidence.Hit hit = hits.get(i);
            var next = stats.next(hit.passage());
            if (next.isEmpty()) {
                continue;
            }
            int at = indexOf(hits, next.get().id());
            int limit = Math.min(KEEP, hits.size()) - 1;
            if (at >= 0 && at < limit) {
                continue;
            }
            // placed right after the hit it continues, whatever its own score (the list is then not in score order)
            Evidence.Hit moved = at >= 0 ? hits.remove(at) : new Evidence.Hit(next.get(), 0, 0, 0);
            hits.add(Math.min(i + 1, hits.size()), moved);
        }
    }

    /**
     * Keeps a paragraph that only continues a kept one ("Defence Secretary Gavin Williamson was another"): it
     * shares the list the paragraph before starts, and may share no word with the question.
     */
    private static void withContinuations(List<Evidence.Hit> hits, CorpusStats stats) {
        int kept = Math.min(KEEP, hits.size());
        for (int i = 0; i < kept; i++) {
            var next = stats.next(hits.get(i).passage());
            if (next.isEmpty() || !ExtractiveAnswerer.ANOTHER.matcher(next.get().text()).find()) {
                continue;
            }
            int at = indexOf(hits, next.get().id());
            if (at >= 0 && at < Math.min(kept, ExtractiveAnswerer.PASSAGES)) {
                continue; // already among the passages answers are taken from
            }
            Evidence.Hit moved = at >= 0 ? hits.remove(at) : new Evidence.Hit(next.get(), 0, 0, 0);
            hits.add(Math.min(i + 1, hits.size()), moved); // right after the paragraph it continues
            i++;
        }
    }

    /** Where the passage with {@code id} is among the hits, or -1. */
    private static int indexOf(List<Evidence.Hit> hits, String id) {
        for (int j = 0; j < hits.size(); j++) {
            if (hits.get(j).passage().id().equals(id)) {
                return j;
            }
        }
        return -1;
    }

    private static void fuse(List<ScoredPassage> ranked, Map<String, double[]> scores, Map<String, Passage> byId,
                             int slot) {
        fuse(ranked, scores, byId, slot, 1.0);
    }

    /** Adds a ranking's reciprocal-rank scores, times {@code weight}; its own score goes in {@code slot} (0: none). */
    private static void fuse(List<ScoredPassage> ranked, Map<String, double[]> scores, Map<String, Passage> byId,
                             int slot, double weight) {
        for (int rank = 0; rank < ranked.size(); rank++) {
            ScoredPassage sp = ranked.get(rank);
            byId.putIfAbsent(sp.passage().id(), sp.passage());
            double[] s = scores.computeIfAbsent(sp.passage().id(), k -> new double[3]);
            s[0] += weight / (RRF_K + rank + 1);
            if (slot > 0) {
                s[slot] = sp.score();
            }
        }
    }

    /**
     * When the question uses words the knowledge never does, the cosine similarity of the nearest passages to
     * the question without them, by passage id; empty otherwise. Comparing it with the full question's
     * similarity tells whether those words belong to a passage's topic ("worried" next to "fears") or are
     * foreign to it ("breakfast" next to a minister's statement).
     */
    private Map<String, Double> similarityWithoutUnknownWords(String question, CorpusStats stats) {
        StringBuilder reduced = new StringBuilder();
        boolean dropped = false;
        for (String word : question.split("(?<=\\s)|(?=\\s)")) {
            String lower = word.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
            if (!lower.isEmpty() && !Terms.isStop(lower) && !stats.knows(lower) && stats.frequency(Terms.stem(lower)) == 0) {
                dropped = true;
                continue;
            }
            reduced.append(word);
        }
        if (!dropped || reduced.toString().isBlank()) {
            return Map.of();
        }
        Embedding r = model.embed(queryPrefix + reduced.toString().replaceAll("\\s+", " ").strip()).content();
        Map<String, Double> out = new HashMap<>();
        for (ScoredPassage sp : index.nearest(r, 2 * CANDIDATES)) {
            out.put(sp.passage().id(), sp.score());
        }
        return out;
    }

    /** The question with unknown words replaced by their corpus spelling, case kept otherwise. */
    static String correctedQuestion(String question, CorpusStats stats) {
        StringBuilder out = new StringBuilder();
        for (String word : question.split("(?<=\\s)|(?=\\s)")) {
            String bare = word.replaceAll("[^\\p{L}\\p{N}]", "");
            String lower = bare.toLowerCase(java.util.Locale.ROOT);
            String fixed = lower.isEmpty() || Terms.isStop(lower) ? lower : stats.correct(lower);
            out.append(fixed.equals(lower) ? word : word.replace(bare, fixed));
        }
        return out.toString();
    }
}
