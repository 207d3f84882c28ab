package dev.storybot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question asks, without what a chatty asker wraps around it: courtesies ("I wondered whether you
 * could tell me"), guesses that may be wrong ("— was it the Thursday?"), clefts ("who it is that chairs"), and
 * scene-setting sentences ("My neighbour mentioned ..."), of which only the story's words are kept. Used by
 * retrieval and by the extractive answerer. Stateless.
 */
final class QuestionFocus {

    /**
     * A guess the asker adds and that may well be wrong ("— was it the Thursday?", "he's the Chancellor, isn't
     * he?", "— March, if memory serves?"): a dash clause that hedges, or a sentence ending in a tag question.
     */
    private static final Pattern GUESS = Pattern.compile("(?i)\\s+[—–]\\s+(?!((on|in|at|for|from|to|by|with|during|and|but|so)\\s+)?(what|which|who|whom|whose|when|where|why|how)\\b)[^—–?.!]*\\b(was it|is it|were they|was that|i think"
            + "|i believe|i seem to|if memory serves|if i recall|perhaps|maybe|presumably|thereabouts)\\b[^—–?.!]*[?.!]?"
            + "|(?<=^|[.!?—–,]\\s)[^.!?—–,]*,\\s*(isn't|wasn't|aren't|weren't|didn't|doesn't|hasn't|haven't|won't|is|was|did|does)\\s+"
            + "(he|she|it|they|there)\\s*\\?"
            + "|,?\\s+or something (of that sort|of the sort|like that|of the kind|similar)"
            + "|(?<=\\?\\s)(or )?(was it|is it|were they|was that)\\b[^?]*\\?");
    /** "kinda", "sorta": kind of, sort of. */
    private static final Pattern KINDA = Pattern.compile("(?i)\\b(kind|sort)a\\b");
    /**
     * The other answer a yes-or-no question offers ("has he been caught, or is it all hypothetical?", "... or
     * are we weird"): answering the question answers it, and its words are not what is asked about.
     */
    private static final Pattern OR_ALTERNATIVE = Pattern.compile("(?i)^((?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\\b"
            + "[^?]{8,}?),?\\s+or\\s+(?:is|are|was|were|would|will|does|do|did|has|have|just|it's|its|is it|are we|not|nah)\\b[^?]*");
    /** "w/o" and "w/": without and with. */
    private static final Pattern WITH_WITHOUT = Pattern.compile("(?i)\\bw/(o\\b)?");
    /** What a polite asker wraps around the question ("I wondered whether you could tell me ..."). */
    private static final Pattern POLITE = Pattern.compile("(?i)\\b((i('m| am| was) (just )?wondering|i wondered),?( whether| if)?"
            + "( you could( please)? (tell|remind|explain to) me)?"
            + "|i('d| would) (be (most |very )?grateful|like to know|like to hear|love to know)"
            + "( if you could( please)?( tell me| explain| let me know)?)?|forgive me for asking,?( but)?"
            + "|(could|would|can|will) you (please |kindly )?(tell|remind|explain to|let) me( know)?"
            + "|(would|could) you be so (good|kind) as to( tell me)?|if you('d| would) be so kind|if you please"
            + "|if it (isn't|is not) too much trouble|forgive me,?( but)?|i('m| am) curious|i('m| am) not sure i followed"
            + "|i didn't quite (follow|catch|understand|get)|i didn't follow|if possible|in their own words|please"
            + "|if (my )?memory serves( me)?|if i (recall|remember)( (correctly|rightly))?"
            + "|at the time|back then|when (this|the) (article|story|piece) was written|according to (this( article| story| piece)?|the (article|story|piece))"
            + "|(i )?need (it|this|that) for (the|my|our|a) \\w+)\\b,?");
    /** A question may open with one of these before its question word ("so who ...", "and when ..."). */
    private static final Set<String> OPENERS = Set.of("so", "and", "but", "ok", "okay", "well", "then", "now", "yo",
            "wait", "also", "hey", "right");
    /** Where a sentence ends, or a scene-setting clause before a dash or colon gives way to the question. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s+[-–—:]\\s+(?=(?i:what|which|who|whom"
            + "|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|can|could|will|would)\\b)|(?<=\\w):\\s+");
    /** "who it is that chairs", "which minister it was who leaked", "where was it that": a cleft says "who chairs". */
    private static final Pattern CLEFT = Pattern.compile("(?i)\\b(it (is|was) (that|who)|(is|was) it that|it (is|was)(?= (who|that)\\b))\\s");
    /** A question that opens with when-, if- or after-clause before asking: "When X happened, what did Y say?" */
    private static final Pattern SUBORDINATE_FIRST = Pattern.compile("(?i)^((?:when|while|after|before|once|since|if)\\b"
            + "[^,?]{3,80}),\\s*((?:what|which|who|whom|how|why|where|did|does|do|is|are|was|were|has|have|can)\\b[^?]*\\??)");

    /**
     * The question without what a chatty asker wraps around it: courtesies, guesses that may be wrong, and in
     * the sentences that only set the scene ("I was reading about the Huawei business."), the words the
     * knowledge never uses. A plain question comes back unchanged.
     */
    static String of(String question, CorpusStats stats) {
        String t = CLEFT.matcher(WITH_WITHOUT.matcher(question).replaceAll(m -> m.group(1) == null ? "with " : "without"))
                .replaceAll(" ");
        t = KINDA.matcher(t).replaceAll(m -> m.group(1) + " of");
        t = OR_ALTERNATIVE.matcher(t).replaceAll("$1");
        t = GUESS.matcher(t).replaceAll(" . ").replaceAll("([?!])\\s*\\.", "$1").replaceAll("[—–,]\\s*\\.", ".");
        t = POLITE.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").replaceAll("\\s*,\\s*$", "").strip();
        // "When the company issued its statement, what did it say?": the question is the main clause
        t = SUBORDINATE_FIRST.matcher(t).replaceFirst("$2 $1");
        String[] sentences = SENTENCE_END.split(t);
        if (sentences.length < 2) {
            return t.isEmpty() ? question : t;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i];
            List<String> opening = Terms.tokens(sentence);
            boolean asks = sentence.endsWith("?") || i == sentences.length - 1 && opening.size() > 2 || !opening.isEmpty()
                    && (Question.WH.contains(opening.get(0)) || Question.AUXILIARIES.contains(opening.get(0)) || opening.size() > 1
                    && OPENERS.contains(opening.get(0)) && Question.WH.contains(opening.get(1)));
            if (asks) {
                out.append(sentence).append(' ');
                continue;
            }
            for (String word : sentence.split("\\s+")) {
                String w = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && (stats.knows(w) || stats.knows(Terms.stem(w))) && !Terms.isStop(w)) {
                    out.append(word).append(' ');
                }
            }
            out.append(". ");
        }
        String focused = out.toString().replaceAll("\\s+\\.", ".").replaceAll("(\\.\\s*)+", ". ").replaceAll("^[.\\s]+", "").strip();
        return focused.isEmpty() ? question : focused;
    }

    private QuestionFocus() {
    }
}
