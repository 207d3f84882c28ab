package dev.storybot.answer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Questions typed in Nigerian Pidgin mixed with English ("wetin MI6 chief yarn about chinese firms?", "huawei
 * devices don already dey people house for UK abi?"), read as the English question they ask. Pidgin keeps
 * English word order and most English content words, so the reading is word by word: its question words
 * ("wetin": what), pronouns ("una", "dem", "am"), particles ("dey", "don", "sef", "o") and a few verbs
 * ("yarn": say, "sabi": know) become English or are dropped. A question without a word that only Pidgin writes
 * comes back as it is. Stateless and thread-safe.
 */
final class Pidgin {

    /** Words only Pidgin writes: one is enough to read a question as Pidgin. */
    private static final Set<String> STRONG = Set.of("wetin", "abi", "abeg", "oga", "sabi", "wahala", "naim", "shey",
            "nawa", "pikin", "comot", "wey", "yarn", "yarned", "wetin's");
    /** Words Pidgin writes that other chat writes too ("una" in Spanish, "dey" for "they"): a second one is needed. */
    private static final Set<String> WEAK = Set.of("una", "dey", "dem", "sef", "sha", "jare", "o", "don", "fit", "d", "dis",
            "dat", "na", "e", "im");

    /** How many different words of {@link #WEAK} make a question Pidgin without a strong one. */
    private static final int WEAK_NEEDED = 3;

    /** Two words only Pidgin writes together: "dem don catch", "e dey", "wey dem". */
    private static final Pattern PAIRS = Pattern.compile("(?i)\\b(?:(?:dem|e|una|im|who|wey) (?:don|dey)|wey dem|na im|don dey)\\b");

    /** Pidgin words in English; an empty value drops the word. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("wetin", "what"), Map.entry("wetin's", "what is"), Map.entry("una", "you"), Map.entry("dem", "they"),
            Map.entry("am", "it"), Map.entry("wey", "that"), Map.entry("d", "the"), Map.entry("di", "the"),
            Map.entry("dis", "this"), Map.entry("dat", "that"), Map.entry("im", "his"), Map.entry("e", "it"),
            Map.entry("na", "is"), Map.entry("fit", "can"), Map.entry("don", "has"), Map.entry("sabi", "know"),
            Map.entry("yarn", "say"), Map.entry("yarned", "said"), Map.entry("wahala", "trouble"), Map.entry("yawa", "trouble"),
            Map.entry("palava", "trouble"), Map.entry("abeg", ""), Map.entry("sef", ""), Map.entry("o", ""),
            Map.entry("sha", ""), Map.entry("jare", ""), Map.entry("kuku", ""), Map.entry("ehn", ""), Map.entry("nawa", ""),
            Map.entry("dey", ""), Map.entry("naim", "that is"), Map.entry("pipo", "people"), Map.entry("pesin", "person"),
            Map.entry("wan", "want"), Map.entry("tori", "story"), Map.entry("comot", "remove"), Map.entry("pikin", "child"),
            Map.entry("oga", "chief"), Map.entry("shey", "is it true that"), Map.entry("abi", "right"),
            Map.entry("kpai", "kill"), Map.entry("japa", "leave"), Map.entry("waka", "go"));

    /** "Oga, ...", "how far, ...", "abeg ...": a greeting or address that asks nothing. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?<=^|[.!?,]\\s)(?:how far|oga|my people|my guy|bros|omo)\\s*[,!]+\\s*");
    /** "... abi na future thing?": "or is it"; "no be": "is not"; "who be", "wetin be": who is, what is. */
    private static final Pattern PHRASES = Pattern.compile("(?i)\\b(abi na|abi|no be|who be|wetin be|wetin)\\b(?=\\s+\\S)");
    private static final Map<String, String> PHRASE_WORDS = Map.of("abi na", "or is it", "abi", "or", "no be", "is not",
            "who be", "who is", "wetin be", "what is", "wetin", "what");

    private Pidgin() {
    }

    /** The question in English words when it is written in Pidgin, else the question unchanged. */
    static String toEnglish(String question) {
        if (!isPidgin(question)) {
            return question;
        }
        String out = ADDRESS.matcher(question).replaceAll("");
        out = PHRASES.matcher(out).replaceAll(m -> PHRASE_WORDS.get(m.group(1).toLowerCase(Locale.ROOT)));
        return WordByWord.replace(out, WORDS);
    }

    static boolean isPidgin(String question) {
        int strong = 0;
        int weak = 0;
        Set<String> seen = new java.util.HashSet<>();
        var m = WordByWord.WORD.matcher(question.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            if (STRONG.contains(w)) {
                strong++;
            } else if (WEAK.contains(w) && seen.add(w)) {
                weak++;
            }
        }
        return strong >= 1 || weak >= WEAK_NEEDED || PAIRS.matcher(question).find();
    }
}
