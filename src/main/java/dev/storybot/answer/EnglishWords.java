package dev.storybot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common English words (the whole words of the BERT uncased WordPiece vocabulary that the bundled embedding
 * model uses, Apache-2.0): a question word found here is a word in its own right, not a misspelling of a word of
 * the story ("price" is not "prime", "party" is not "parts").
 */
final class EnglishWords {

    private static final Set<String> WORDS = load();

    private EnglishWords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    /**
     * The common English word a misspelt {@code token} stands for ("happend": "happened", "actualy": "actually"):
     * of the words one edit away, those the question can use ({@code known}, or {@code topicless}: a word that
     * asks about nothing), when they are all forms of one word or all topicless ("evry": "every" or "very");
     * otherwise the token itself. Words of under four letters, with digits, or English words themselves are
     * left alone.
     */
    static String correct(String token, java.util.function.Predicate<String> known, java.util.function.Predicate<String> topicless) {
        if (token.length() < 4 || contains(token) || token.chars().anyMatch(Character::isDigit) || inflected(token)) {
            return token;
        }
        java.util.List<String> near = WORDS.stream()
                .filter(w -> Math.abs(w.length() - token.length()) <= 1 && Terms.distance(token, w, 1) <= 1)
                .filter(w -> known.test(w) || topicless.test(w))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .toList();
        if (near.isEmpty()) {
            return token;
        }
        boolean oneWord = near.stream().map(Terms::stem).distinct().count() == 1;
        return oneWord || near.stream().allMatch(topicless) ? near.get(0) : token;
    }

    /** A form of a word of the list that the list does not hold itself ("masts" of "mast", "hosted" of "host"). */
    private static boolean inflected(String token) {
        for (String ending : ENDINGS) {
            String base = token.substring(0, token.length() - ending.length());
            boolean fits = !ending.equals("d") || base.endsWith("e"); // "used", not "happend"
            if (token.endsWith(ending) && fits && base.length() >= 3 && (contains(base) || contains(base + "e"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.List<String> ENDINGS = java.util.List.of("s", "es", "ed", "d", "ing", "er", "ers", "ly");

    /**
     * Whether two words are British and American spellings of one word ("labeled" and "labelled", "defense"
     * and "defence", "organization" and "organisation", "favor" and "favour").
     */
    static boolean spellingVariants(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(String word) {
        return word.replaceAll("(\\p{L})\\1+", "$1").replace('z', 's').replace("our", "or")
                .replace("ence", "ense").replaceAll("re$", "er");
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = EnglishWords.class.getResourceAsStream("english-words.txt")) {
            if (in == null) {
                return Set.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English word list", e);
        }
        return Set.copyOf(out);
    }
}
