package dev.storybot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose role a question asks about and whose a sentence gives: "Huawei's chairman" asks for the chairman of
 * Huawei, and "Foreign Affairs Committee chairman Tom Tugendhat" is another body's chairman, while "Chairman
 * Guo" says of no body and may be Huawei's. Stateless.
 */
final class RoleOwner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** Words that tie a role to its owner after it: "chairman of Huawei", "head at GCHQ", "spokeswoman for No 10". */
    private static final Set<String> LINKS = Set.of("of", "at", "for", "in");
    /** How many words of an owner are read on either side of a role word. */
    private static final int OWNER_WORDS = 3;

    private RoleOwner() {
    }

    /**
     * The stems of what a question ties its role word to ("huawei" for "who is Huawei's chairman", "the chairman
     * of Huawei", "the Huawei chairman"), or none when it ties it to nothing ("who is the chairman?").
     */
    static Set<String> asked(String question, Set<String> role) {
        List<String> words = Terms.tokens(question).stream().map(w -> w.replaceFirst("['’]s$", "")).toList();
        for (int i = 0; i < words.size(); i++) {
            if (!role.contains(Terms.stem(words.get(i)))) {
                continue;
            }
            Set<String> owner = new HashSet<>();
            for (int j = i - 1; j >= 0 && i - j <= OWNER_WORDS && !Terms.isStop(words.get(j)); j--) {
                owner.add(Terms.stem(words.get(j)));
            }
            int k = i + 1;
            if (k < words.size() && LINKS.contains(words.get(k))) {
                k++;
                if (k < words.size() && words.get(k).equals("the")) {
                    k++;
                }
                for (int n = 0; k < words.size() && n < OWNER_WORDS && !Terms.isStop(words.get(k)); k++, n++) {
                    owner.add(Terms.stem(words.get(k)));
                }
            }
            return owner;
        }
        return Set.of();
    }

    /**
     * Whether every time the sentence names the role it gives it to an owner other than the asked one:
     * "Foreign Affairs Committee chairman" or "MI6 chief" for a question about Huawei's chairman. A role with no
     * owner written ("Chairman Guo", "a spokeswoman") may be anyone's, so the sentence is not ruled out.
     */
    static boolean onlyOthers(String sentence, Set<String> role, Set<String> asked, Lexicon lexicon) {
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> wanted = new HashSet<>();
        asked.forEach(a -> {
            wanted.add(a);
            wanted.addAll(lexicon.related(a));
        });
        List<String> words = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        List<Boolean> joined = new ArrayList<>(); // whether only a space separates the word from the one before
        var m = WORD.matcher(sentence);
        int end = -1;
        while (m.find()) {
            String w = m.group();
            words.add(w.toLowerCase(java.util.Locale.ROOT).replaceFirst("['’]s$", ""));
            capital.add(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
            joined.add(end >= 0 && sentence.substring(end, m.start()).isBlank());
            end = m.end();
        }
        boolean named = false;
        for (int i = 0; i < words.size(); i++) {
            if (!role.contains(Terms.stem(words.get(i)))) {
                continue;
            }
            named = true;
            Set<String> owner = new HashSet<>();
            for (int j = i - 1; j >= 0 && i - j <= OWNER_WORDS && joined.get(j + 1) && capital.get(j); j--) {
                owner.add(Terms.stem(words.get(j)));
            }
            if (owner.isEmpty() && i + 2 < words.size() && LINKS.contains(words.get(i + 1))) {
                int k = words.get(i + 2).equals("the") ? i + 3 : i + 2;
                for (int n = 0; k < words.size() && n < OWNER_WORDS && capital.get(k); k++, n++) {
                    owner.add(Terms.stem(words.get(k)));
                }
            }
            if (owner.isEmpty() || owner.stream().anyMatch(wanted::contains)) {
                return false;
            }
        }
        return named;
    }
}
