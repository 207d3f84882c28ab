package dev.storybot.answer;

import dev.storybot.knowledge.Passage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word statistics of the indexed passages: document frequencies of stems (for IDF weights) and the
 * vocabulary (for spelling correction). Immutable and thread-safe.
 */
public final class CorpusStats {

    private static final Lexicon LEXICON = new Lexicon();
    private final int passages;
    private final Map<String, Passage> byId;
    private final Map<String, String> headlines;
    private final Map<String, Integer> stemFrequency;
    private final Set<String> vocabulary;
    private final Set<String> names;
    /** Every word the knowledge writes with a capital inside a sentence, names or not ("may" of "Theresa May"). */
    private final Set<String> capitalisedWords;
    private final Set<String> writtenAcronyms;
    private final Set<String> words;
    private final Map<String, String> bySqueezedStem;
    private final Map<String, String> protagonists;
    /** Names of three or more capitalised words the knowledge writes ("national cyber security centre"), as words. */
    private final Set<List<String>> longNames;

    CorpusStats(List<Passage> all) {
        Map<String, Integer> df = new HashMap<>();
        Set<String> vocab = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        Map<String, Passage> ids = new HashMap<>();
        Map<String, String> heads = new HashMap<>();
        Set<String> capitalised = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        Set<String> lowercase = new HashSet<>();
        Set<List<String>> longNames = new HashSet<>();
        for (Passage p : all) {
            var run = LONG_NAME.matcher(p.text());
            while (run.find()) {
                List<String> name = new java.util.ArrayList<>(List.of(run.group().toLowerCase(java.util.Locale.ROOT).split("\\s+")));
                while (!name.isEmpty() && Terms.isStop(name.get(0))) {
                    name.remove(0); // "The National Security Council": the name starts after "The"
                }
                if (name.size() >= 3) {
                    longNames.add(List.copyOf(name));
                }
            }
            var upper = UPPER_WORD.matcher(p.retrievalText());
            while (upper.find()) {
                acronyms.add(upper.group().toLowerCase(java.util.Locale.ROOT));
            }
            var m = WORD_AFTER_SPACE.matcher(p.text());
            while (m.find()) {
                String w = m.group(1);
                boolean acronym = w.length() > 1 && Character.isUpperCase(w.charAt(1));
                (Character.isUpperCase(w.charAt(0)) && !acronym ? capitalised : lowercase).add(w.toLowerCase(java.util.Locale.ROOT));
            }
            ids.put(p.id(), p);
            if (p.kind() == dev.storybot.knowledge.PassageKind.HEADLINE) {
                heads.putIfAbsent(p.source(), p.text());
            }
            Set<String> seen = new HashSet<>();
            List<String> passageTokens = Terms.tokens(p.retrievalText());
            for (String t : passageTokens) {
                vocab.add(t);
                tokens.add(t);
                seen.add(Terms.stem(t));
            }
            seen.addAll(LEXICON.phraseStems(passageTokens)); // "played down": the knowledge does say "downplay"
            seen.addAll(LEXICON.kindStems(p.kind())); // a caption is a photo's caption
            
            for (String a : Terms.acronyms(p.retrievalText())) {
                vocab.add(a);
                seen.add(a);
            }
            for (String s : seen) {
                df.merge(s, 1, Integer::sum);
            }
        }
        this.longNames = Set.copyOf(longNames);
        this.passages = all.size();
        this.byId = Map.copyOf(ids);
        this.headlines = Map.copyOf(heads);
        this.stemFrequency = Map.copyOf(df);
        this.vocabulary = Set.copyOf(vocab);
        this.capitalisedWords = Set.copyOf(capitalised);
        capitalised.removeAll(lowercase);
        // "Centre" in "National Cyber Security Centre" is no name where the text also writes "testing centres"
        Set<String> lowercaseStems = new HashSet<>();
        lowercase.forEach(w -> lowercaseStems.add(Terms.stem(w)));
        capitalised.removeIf(w -> lowercaseStems.contains(Terms.stem(w)));
        capitalised.removeIf(w -> w.length() < 3 || Terms.isStop(w));
        this.names = Set.copyOf(capitalised);
        this.writtenAcronyms = Set.copyOf(acronyms);
        this.words = Set.copyOf(tokens);
        Map<String, String> squeezed = new HashMap<>();
        for (String w : vocab) {
            squeezed.merge(squeeze(Terms.stem(w)), w, (a, b) -> frequency(Terms.stem(a)) > frequency(Terms.stem(b))
                    || frequency(Terms.stem(a)) == frequency(Terms.stem(b)) && a.compareTo(b) < 0 ? a : b);
        }
        this.bySqueezedStem = Map.copyOf(squeezed);
        // the name a document writes most often is whom "the firm" and "the company" mean
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Passage p : all) {
            for (String t : Terms.tokens(p.text())) {
                if (names.contains(t)) {
                    counts.computeIfAbsent(p.source(), k -> new HashMap<>()).merge(t, 1, Integer::sum);
                }
            }
        }
        Map<String, String> main = new HashMap<>();
        counts.forEach((source, c) -> c.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .ifPresent(e -> main.put(source, e.getKey())));
        this.protagonists = Map.copyOf(main);
    }

    private static final java.util.regex.Pattern UPPER_WORD = java.util.regex.Pattern.compile("\\b\\p{Lu}{2,}\\b");

    /** Common-word readings of misspelt question words already worked out, by token (bounded). */
    private final Map<String, String> commonWords = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int COMMON_WORDS_KEPT = 10_000;

    /**
     * The common English word a misspelt question word stands for, when every English word one letter off it
     * is a form of one word of the knowledge or asks about nothing ("happend": "happened"); the token itself
     * otherwise. Looking through the word list takes about half a millisecond, so answers are kept.
     */
    String commonWord(String token) {
        String known = commonWords.get(token);
        if (known != null) {
            return known;
        }
        String word = EnglishWords.correct(token, w -> frequency(Terms.stem(w)) > 0, w -> Terms.isStop(w) || LEXICON.isGeneric(w));
        if (commonWords.size() < COMMON_WORDS_KEPT) {
            commonWords.put(token, word);
        }
        return word;
    }

    /** Names of three or more capitalised words the knowledge writes, in lower case, word by word. */
    Set<List<String>> longNames() {
        return longNames;
    }

    private static final java.util.regex.Pattern LONG_NAME =
            java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){2,}\\b");

    /** Whether the knowledge writes this acronym out in capitals ("PM", "NSC"), as opposed to only its words. */
    public boolean writesAcronym(String lowerCase) {
        return writtenAcronyms.contains(lowerCase);
    }

    /** A word inside a sentence (not its first), for telling names from common words by their capital. */
    private static final java.util.regex.Pattern WORD_AFTER_SPACE =
            java.util.regex.Pattern.compile("(?<=[\\p{L},;:)] )(\\p{L}+)(?![\\p{L}'’-])");

    /**
     * Whether the knowledge writes this word only with a capital inside sentences ("theresa", "glasgow"): a
     * name. Acronyms ("GCHQ") are left out: a question often names an organisation where the text says "it".
     */
    public boolean isName(String token) {
        return names.contains(token);
    }

    /** Whether the knowledge writes this word with a capital inside a sentence, even if it also writes it without. */
    boolean writesCapitalised(String token) {
        return capitalisedWords.contains(token);
    }

    /** The headline of a document, or empty when it has none. */
    /** The headline passages of all documents. */
    List<Passage> headlinePassages() {
        return byId.values().stream().filter(p -> p.kind() == dev.storybot.knowledge.PassageKind.HEADLINE)
                .sorted(java.util.Comparator.comparing(Passage::id)).toList();
    }

    /** The name a document writes most often ("huawei"), or empty. */
    public String protagonist(String source) {
        return protagonists.getOrDefault(source, "");
    }

    public String headline(String source) {
        return headlines.getOrDefault(source, "");
    }

    /** The body passage just before {@code p} in the same section, if any (what "they" or "it" may refer to). */
    public java.util.Optional<Passage> previous(Passage p) {
        Passage prev = byId.get(Passage.idOf(p.source(), p.ordinal() - 1));
        return prev != null && prev.section().equals(p.section()) && prev.kind() == dev.storybot.knowledge.PassageKind.BODY
                ? java.util.Optional.of(prev) : java.util.Optional.empty();
    }

    /** The body passage just after {@code p} in the same section, if any (where "reportedly" may name its source). */
    public java.util.Optional<Passage> next(Passage p) {
        Passage next = byId.get(Passage.idOf(p.source(), p.ordinal() + 1));
        return next != null && next.section().equals(p.section()) && next.kind() == dev.storybot.knowledge.PassageKind.BODY
                ? java.util.Optional.of(next) : java.util.Optional.empty();
    }

    public int passages() {
        return passages;
    }

    /** Number of passages containing the stem. */
    public int frequency(String stem) {
        return stemFrequency.getOrDefault(stem, 0);
    }

    /** Inverse document frequency of a stem (BM25 flavour, always positive). */
    public double idf(String stem) {
        int df = frequency(stem);
        return Math.log(1.0 + (passages - df + 0.5) / (df + 0.5));
    }

    /** Whether the token is a word of the text (not only the initials of a name in it). */
    public boolean hasWord(String token) {
        return words.contains(token);
    }

    public boolean knows(String token) {
        return vocabulary.contains(token);
    }

    /**
     * The corpus word closest to an unknown {@code token} (one edit, two for words of ten letters or more; words under five letters are left alone),
     * or the token itself when it is known or nothing is close. A common English word is only corrected to another
     * spelling or form of itself; a word with a doubled letter written once is corrected to the story's form of it.
     */
    public String correct(String token) {
        if (token.length() < 5 || knows(token) || token.chars().anyMatch(Character::isDigit)) {
            return token;
        }
        int max = token.length() >= 10 ? 2 : 1;
        String best = token;
        int bestDistance = max + 1;
        int bestFrequency = -1;
        for (String w : vocabulary) {
            int d = Terms.distance(token, w, max);
            if (d < bestDistance || (d == bestDistance && d <= max && frequency(Terms.stem(w)) > bestFrequency)) {
                best = w;
                bestDistance = d;
                bestFrequency = frequency(Terms.stem(w));
            }
        }
        boolean word = EnglishWords.contains(token);
        if (bestDistance <= max) {
            // "price" is a word of its own, not a misspelt "prime"; "labeled" is the story's "labelled"
            // ... and "teresa", a name in English too, is the story's "Theresa" with a letter left out
            return !word || EnglishWords.spellingVariants(token, best) || sameStem(token, best)
                    || isName(best) && best.length() == token.length() + 1 && token.charAt(0) == best.charAt(0) ? best : token;
        }
        // "exagerate" for "exaggerating": another form of a word of the text, a doubled letter written once (or
        // a single one twice), the commonest of misspellings
        String squeezed = squeeze(Terms.stem(token));
        if (squeezed.length() >= 5 && frequency(Terms.stem(token)) == 0) {
            return bySqueezedStem.getOrDefault(squeezed, token);
        }
        return best;
    }

    /** Two forms of one word ("label", "labelled"; "stated", "states"). */
    private static boolean sameStem(String a, String b) {
        return squeeze(Terms.stem(a)).equals(squeeze(Terms.stem(b))) || inflects(a, b) || inflects(b, a);
    }

    /** Whether {@code longer} is {@code shorter} with an ending ("wider", "labelled", "meetings"). */
    private static boolean inflects(String longer, String shorter) {
        return shorter.length() >= 4 && longer.startsWith(shorter)
                && INFLECTIONS.contains(longer.substring(shorter.length()));
    }

    private static final Set<String> INFLECTIONS = Set.of("s", "es", "d", "ed", "led", "r", "er", "st", "est", "ing", "ly");

    private static String squeeze(String word) {
        return word.replaceAll("(\\p{L})\\1+", "$1");
    }
}
