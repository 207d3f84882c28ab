package dev.storybot.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level text analysis shared by retrieval and answering: tokens, stop words, a light stemmer. Thread-safe. */
public final class Terms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    /** Function words and question scaffolding that carry no topic. */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "else", "of", "at", "by", "for", "with", "about",
            "between", "into", "through", "during", "before", "after", "above", "below", "to", "from",
            "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "once", "here", "there",
            "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
            "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "can", "will", "just",
            "should", "now", "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had",
            "having", "do", "does", "did", "doing", "done", "would", "could", "might", "must", "shall", "may", "i", "me",
            "my", "we", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them",
            "their", "what", "which", "who", "whom", "whose", "this", "that", "these", "those", "s", "t", "as",
            "also", "know", "according", "one", "get", "got", "there's", "it's",
            "what's", "who's", "let", "us", "please", "story", "article", "anything", "something", "thing",
            "things", "someone", "anyone", "people", "way", "much", "many", "regarding", "concerning", "known", "knew",
            "knows", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't",
            "can't", "couldn't", "won't", "wouldn't", "shouldn't", "itself", "himself", "herself", "themselves",
            "myself", "yourself", "ourselves", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "doesnt",
            "dont", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "somewhere", "somehow", "i've", "we've",
            "you've", "they've", "i'm", "we're", "you're", "they're", "i'd", "we'd", "you'd", "they'd", "that's",
            "theyve", "weve", "youve", "ive", "theyre", "youre", "theyll", "youll", "itll", "thats", "theres", "whos",
            "shes", "im", "likewise",
            "mr", "mrs", "ms", "dr", "sir", "dame", "madam", "mister", "missus", "without", "within");

    /** Irregular verb forms, mapped to the stem of their base form. */
    private static final java.util.Map<String, String> IRREGULAR = irregular(
            "gave give given give giving give became become came come went go gone go took take taken take "
            + "made make said say told tell found find saw see seen see met meet held hold began begin begun begin "
            + "wrote write written write spoke speak spoken speak thought think brought bring bought buy left leave "
            + "ran run won win lost lose paid pay sent send built build broke break broken break chose choose "
            + "chosen choose fell fall felt feel got get kept keep knew know known know led lead meant mean "
            + "stood stand understood understand became become sold sell forgot forget forgotten forget "
            + "using use making make taking take having have coming come");

    private static java.util.Map<String, String> irregular(String pairs) {
        String[] words = pairs.split(" ");
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i + 1 < words.length; i += 2) {
            out.put(words[i], regularStem(words[i + 1]));
        }
        return java.util.Map.copyOf(out);
    }

    private Terms() {
    }

    private static final Pattern HASHTAG = Pattern.compile("#(\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)+)");

    /** Lower-cased word tokens, accents folded, possessive {@code 's} dropped, hashtags split into their words. */
    public static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (folded.indexOf('#') >= 0) {
            // "#FiveEyes" is "Five Eyes"
            folded = HASHTAG.matcher(folded).replaceAll(m -> m.group(1).replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " "));
        }
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (!out.isEmpty() && out.get(out.size() - 1).equals("non")) {
                out.set(out.size() - 1, "non" + w); // "non-core" is not "core"
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static final Pattern CAPITAL_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}]*(?:(?:,?\\s+(?:and|of|for|the|&)\\s+|,?\\s+)\\p{Lu}[\\p{L}]*)+");

    /**
     * Lower-cased initials of runs of capitalised words, and of every tail of such a run of two words or more
     * ("Department for Digital, Culture, Media and Sport" gives "ddcms", "dcms", "cms", "ms"), so that an
     * acronym in a question finds the words it stands for.
     */
    public static List<String> acronyms(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITAL_RUN.matcher(text);
        while (m.find()) {
            StringBuilder initials = new StringBuilder();
            for (String w : m.group().split("[\\s,]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    initials.append(Character.toLowerCase(w.charAt(0)));
                }
            }
            for (int i = 0; i + 2 <= initials.length(); i++) {
                out.add(initials.substring(i));
            }
        }
        return out;
    }

    /** Tokens that are not stop words. */
    public static List<String> content(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) {
            if (!STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    public static boolean isStop(String token) {
        return STOP.contains(token);
    }

    /**
     * A light suffix-stripping stemmer: enough to match plurals and verb forms ("opposed"/"opposes",
     * "ministers"/"minister", "tweeting"/"tweeted"). Same input, same stem.
     */
    /** Whether the word reads as a verb in the past or the third person ("leaked", "chairs", "spoke"). */
    static boolean isVerbForm(String w) {
        return IRREGULAR.containsKey(w) && !IRREGULAR.get(w).equals(w) || w.length() > 4 && w.endsWith("ed")
                || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    public static String stem(String w) {
        String irregular = IRREGULAR.get(w);
        return irregular != null ? irregular : regularStem(w);
    }

    private static String regularStem(String w) {
        if (w.length() <= 3) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if ((s.endsWith("ment") || s.endsWith("ness")) && s.length() > 9) {
            s = s.substring(0, s.length() - 4); // "involvement" -> "involve"
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.endsWith("ied") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = undouble(s.substring(0, s.length() - 2));
        } else if (s.endsWith("ed") && s.length() == 4) {
            s = s.substring(0, 3); // "used" -> "use", "owed" -> "owe"
        } else if (s.endsWith("ly") && s.length() > 5) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** Stems of the content words of {@code text}. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String t : content(text)) {
            out.add(stem(t));
        }
        return out;
    }

    /**
     * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent transpositions),
     * or {@code max + 1} once it is certain to exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }
}
