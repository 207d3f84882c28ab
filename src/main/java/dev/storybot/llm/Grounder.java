package dev.storybot.llm;

import dev.storybot.answer.Citation;
import dev.storybot.answer.CorpusStats;
import dev.storybot.answer.Terms;
import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.Sentences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a model's reply into a grounded answer: reads its {@code [n]} markers (also {@code [1][2]},
 * {@code [1, 2]}, {@code [1-3]}), drops the ones that name no given passage, renumbers the rest densely in
 * order of first use, and gives each cited passage a quote chosen here, never by the model: the passage
 * sentence(s) sharing the most weighted words with the claims that cite it. Stateless and thread-safe.
 */
final class Grounder {

    /** The reply when the passages do not answer; the same words the extractive answerer uses. */
    static final String NOT_IN_STORY = "The story does not say.";

    private static final String NUMBER = "(?:passages?\\s*)?\\d{1,3}";
    private static final Pattern MARKER = Pattern.compile(
            "\\[\\s*" + NUMBER + "(?:\\s*(?:,|;|-|\u2013|and)\\s*" + NUMBER + ")*\\s*]", Pattern.CASE_INSENSITIVE);
    /** Adjacent markers, with the spaces before them, as one group: {@code " [1] [2]"}. */
    private static final Pattern GROUP = Pattern.compile("(?:[ \\t]*" + MARKER.pattern() + ")+", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*[-\u2013]\\s*(?:passages?\\s*)?(\\d{1,3})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?(?:</think>|$)");
    private static final Pattern UNFINISHED_MARKER = Pattern.compile("\\[[^\\[\\]\\n]{0,24}$");
    private static final Pattern SAYS_NOT_IN_STORY = Pattern.compile(
            "(?:does not|doesn't|do not|don't|did not|didn't)\\s+(?:say|mention|specify|state|contain|include|provide"
                    + "|answer|address|cover|tell|give|discuss|indicate)"
                    + "|not\\s+(?:mentioned|stated|specified|covered|addressed|answered|given|found|provided)\\b"
                    + "|not\\s+in\\s+the\\s+(?:story|passages?|text|article)"
                    + "|no\\s+(?:information|mention|details?)\\b"
                    + "|(?:cannot|can't|unable to)\\s+(?:answer|determine|find|tell)");
    /** Longest run of passage sentences a single quote may span. */
    private static final int MAX_QUOTE_SENTENCES = 3;
    private static final int MAX_RANGE = 10;

    private Grounder() {
    }

    /** What a reply amounts to once its citations are checked. */
    enum Kind { GROUNDED, ABSTAINED, UNGROUNDED }

    /**
     * @param kind      grounded (at least one valid citation), abstained (no valid citation and the reply says the
     *                  story does not say) or ungrounded (anything else: not to be shown as an answer)
     * @param text      the reply with valid markers renumbered and invalid ones removed ({@link #NOT_IN_STORY} when
     *                  abstained)
     * @param citations the citations of a grounded reply, numbered from 1 in order of first use
     */
    record Result(Kind kind, String text, List<Citation> citations) {
        Result {
            citations = List.copyOf(citations);
        }
    }

    /**
     * Grounds {@code reply} in {@code passages} (marker {@code [i]} names {@code passages.get(i - 1)}).
     *
     * @param stats corpus statistics for word weights, or null to weigh every word alike
     */
    static Result ground(String reply, String question, List<Passage> passages, CorpusStats stats) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>(); // passage (1-based) -> citation number
        Map<Integer, List<String>> claims = new LinkedHashMap<>();
        String text = rewrite(visible(reply), passages.size(), numbers, claims).strip();
        if (numbers.isEmpty()) {
            return saysNotInStory(text) ? new Result(Kind.ABSTAINED, NOT_IN_STORY, List.of())
                    : new Result(Kind.UNGROUNDED, text, List.of());
        }
        List<Citation> citations = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : numbers.entrySet()) {
            Passage p = passages.get(e.getKey() - 1);
            String quote = quote(p.text(), claims.get(e.getKey()), question, stats);
            citations.add(new Citation(e.getValue(), p.source(), p.location(), p.text(), quote));
        }
        return new Result(Kind.GROUNDED, text, citations);
    }

    /**
     * The reply so far as it can be shown while it streams: thinking hidden, an unfinished marker at the end
     * held back, markers renumbered and invalid ones removed exactly as {@link #ground} will.
     */
    static String preview(String replySoFar, int passageCount) {
        String text = UNFINISHED_MARKER.matcher(visible(replySoFar)).replaceFirst("");
        return rewrite(text, passageCount, new LinkedHashMap<>(), new LinkedHashMap<>()).strip();
    }

    /** True when a reply without citations says that the story does not answer. */
    static boolean saysNotInStory(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return SAYS_NOT_IN_STORY.matcher(t).find();
    }

    /** The reply without the reasoning some models put in {@code <think>} blocks. */
    private static String visible(String reply) {
        return THINKING.matcher(reply == null ? "" : reply).replaceAll("");
    }

    /**
     * Rewrites every marker group of {@code text}: valid passage numbers become dense citation numbers
     * ({@code " [1][2]"}), groups with none are removed with their leading spaces. Fills {@code numbers} and, for
     * each cited passage, the claims (text since the previous marker) that cite it.
     */
    private static String rewrite(String text, int passageCount, Map<Integer, Integer> numbers,
                                  Map<Integer, List<String>> claims) {
        StringBuilder out = new StringBuilder();
        Matcher m = GROUP.matcher(text);
        int end = 0;
        String lastClaim = "";
        while (m.find()) {
            String segment = text.substring(end, m.start());
            out.append(segment);
            end = m.end();
            Set<Integer> cited = new LinkedHashSet<>();
            for (int p : passageNumbers(m.group())) {
                if (p >= 1 && p <= passageCount) {
                    cited.add(p);
                }
            }
            if (cited.isEmpty()) {
                continue;
            }
            // "[1], [2]" or ". [2]": a marker with no words of its own supports the claim before it
            String claim = Terms.content(segment).isEmpty() ? lastClaim : segment;
            lastClaim = claim;
            out.append(' ');
            for (int p : cited) {
                int n = numbers.computeIfAbsent(p, k -> numbers.size() + 1);
                claims.computeIfAbsent(p, k -> new ArrayList<>()).add(claim);
                out.append('[').append(n).append(']');
            }
        }
        out.append(text.substring(end));
        return out.toString();
    }

    /** The passage numbers a marker group names, in order, ranges expanded. */
    private static List<Integer> passageNumbers(String group) {
        List<Integer> out = new ArrayList<>();
        Matcher marker = MARKER.matcher(group);
        while (marker.find()) {
            String inside = marker.group();
            Matcher range = RANGE.matcher(inside);
            StringBuilder rest = new StringBuilder();
            while (range.find()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                for (int i = from; i <= to && i - from < MAX_RANGE; i++) {
                    out.add(i);
                }
                range.appendReplacement(rest, " ");
            }
            range.appendTail(rest);
            Matcher digits = DIGITS.matcher(rest);
            while (digits.find()) {
                out.add(Integer.parseInt(digits.group()));
            }
        }
        return out;
    }

    /**
     * The verbatim quote for a cited passage: for each sentence of each claim, the passage sentence sharing the
     * most weighted content words with it; adjacent picks are joined into one span of the passage, otherwise the
     * best single sentence is kept. When no claim shares a word, the sentence that best matches the question,
     * else the first sentence.
     */
    static String quote(String passage, List<String> claims, String question, CorpusStats stats) {
        List<String> sentences = Sentences.split(passage);
        if (sentences.isEmpty()) {
            return passage;
        }
        List<Set<String>> sentenceStems = sentences.stream().map(s -> (Set<String>) new LinkedHashSet<>(Terms.stems(s))).toList();
        TreeMap<Integer, Double> picked = new TreeMap<>();
        for (String claim : claims) {
            for (String part : Sentences.split(claim)) {
                pick(new LinkedHashSet<>(Terms.stems(part)), sentenceStems, stats, picked);
            }
        }
        if (picked.isEmpty()) {
            pick(new LinkedHashSet<>(Terms.stems(question)), sentenceStems, stats, picked);
        }
        if (picked.isEmpty()) {
            return sentences.get(0);
        }
        int first = picked.firstKey();
        int last = picked.lastKey();
        if (last - first >= MAX_QUOTE_SENTENCES) {
            int best = first;
            for (Map.Entry<Integer, Double> e : picked.entrySet()) {
                if (e.getValue() > picked.get(best)) {
                    best = e.getKey();
                }
            }
            first = best;
            last = best;
        }
        return span(passage, sentences, first, last);
    }

    private static void pick(Set<String> stems, List<Set<String>> sentenceStems, CorpusStats stats,
                             TreeMap<Integer, Double> picked) {
        if (stems.isEmpty()) {
            return;
        }
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < sentenceStems.size(); i++) {
            double score = 0;
            for (String s : stems) {
                if (sentenceStems.get(i).contains(s)) {
                    score += stats == null ? 1.0 : stats.idf(s);
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best >= 0) {
            picked.merge(best, bestScore, Math::max);
        }
    }

    /** The passage text from the start of sentence {@code first} to the end of sentence {@code last}, verbatim. */
    private static String span(String passage, List<String> sentences, int first, int last) {
        int cursor = 0;
        int start = -1;
        int stop = -1;
        for (int i = 0; i <= last; i++) {
            int at = passage.indexOf(sentences.get(i), cursor);
            if (at < 0) {
                return sentences.get(last); // cannot happen: sentences are in-order substrings
            }
            if (i == first) {
                start = at;
            }
            cursor = at + sentences.get(i).length();
            stop = cursor;
        }
        return passage.substring(start, stop);
    }
}
