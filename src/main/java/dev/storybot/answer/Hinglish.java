package dev.storybot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions typed in romanised Hindi or Urdu mixed with English ("NSC ne kaunse din agree kiya tha?"), as
 * millions of Discord users write, read as the English question they ask ("which day NSC agree?"). Hindi
 * and Urdu put the question word where the answer goes and the verb last, and carry grammar in small words
 * (postpositions "ne", "ko", "ke", auxiliaries "hai", "tha", light verbs "kiya", "diya") that say nothing
 * the knowledge can match. The reading keeps the English and Hindi content words in their order, drops the
 * grammar words, translates the few common Hindi content words such questions use, and puts the question
 * word first. A question with fewer than two distinct Hindi grammar words is English and comes back as it is.
 * Stateless and thread-safe.
 */
final class Hinglish {

    /**
     * Words that mark a question as romanised Hindi or Urdu: common in it and not English words (so not
     * "the", "to", "is", "us", "me", "do", "par", which both languages write).
     */
    private static final Set<String> MARKERS = Set.of("hai", "hain", "hein", "hy", "kya", "kia", "kaun", "kon", "kisne",
            "kisko", "kise", "kaunse", "kaunsa", "kaunsi", "konsa", "konse", "konsi", "kitne", "kitna", "kitni", "kab",
            "kahan", "kahaan", "kidhar", "kyu", "kyun", "kyon", "kyoon", "kiun", "kaise", "kaisay", "kesay", "ke", "ka",
            "ki", "ko", "ne", "ny", "mein", "tha", "thi", "thay", "diya", "dia", "kiya", "wala", "wale", "wali", "walay",
            "yaar", "yar", "bhai", "matlab", "nahi", "nahin", "aur", "bhi", "liye", "baare", "hisab", "hisaab", "saath",
            "batao", "bata", "bataiye", "bataye", "raha", "rahe", "rahi", "gaya", "gaye", "gayi", "hua", "hui", "hue",
            "hoga", "hogi", "sakta", "sakti", "sakte", "karne", "karna", "kiye", "kisi", "koi", "kuch", "sirf", "pe", "kis",
            "saal", "karte", "karta", "karti", "lagaye", "lagaya", "kitny", "kitnay", "thy", "nhi", "hoa", "howa", "krna",
            "mutabiq", "dafa", "kidher", "kiyun", "kesy", "kaisy", "mn", "kb", "usny", "isny", "nikala", "nikale", "kaha", "bola",
            "boli", "lagai", "kholy", "khole", "mila", "kesa", "kaisa", "kaisi", "kesi");
    /** Question words no English question uses: one is enough to read the question as Hindi or Urdu. */
    private static final Set<String> STRONG = Set.of("kya", "kaun", "kisne", "kisko", "kitne", "kitna", "kitni", "kaunse",
            "kaunsa", "kaunsi", "konsa", "konse", "konsi", "kyun", "kyu", "kyon", "kahan", "kahaan", "kidhar", "kaise", "kis", "kitny", "kitnay", "kidher", "kiyun");

    /** Grammar words that say nothing a passage could match: postpositions, auxiliaries, light verbs, particles. */
    private static final Set<String> GRAMMAR = Set.of("ne", "ny", "ko", "ka", "ki", "ke", "k", "me", "mein", "mai", "mn",
            "se", "sy", "pe", "pr", "par", "hai", "hain", "hein", "hy", "he", "tha", "thi", "the", "thay", "thee", "ho",
            "hona", "hua", "hui", "hue", "huwa", "raha", "rahe", "rahi", "rha", "rhe", "rhi", "gaya", "gaye", "gayi", "gya",
            "gye", "diya", "diye", "dia", "di", "kiya", "kiye", "kia", "kar", "karne", "karna", "karke", "karwa", "karwaya",
            "karwana", "kr", "krna", "krne", "krdia", "kardiya", "sakta", "sakti", "sakte", "skta", "skti", "wala", "wale",
            "wali", "walay", "waly", "bhi", "b", "yaar", "yar", "bhai", "bro", "na", "naa", "toh", "to", "tu", "jo", "wo",
            "woh", "vo", "ye", "yeh", "ya", "yah", "uska", "uski", "uske", "usne", "usko", "iska", "iski", "iske", "isne",
            "isko", "inka", "inki", "inke", "unka", "unki", "unke", "unhone", "unko", "inhone", "koi", "kuch", "kisi",
            "sab", "sabhi", "baare", "bare", "baray", "hoga", "hogi", "honge", "hota", "hoti", "hote", "batao", "bata",
            "bataiye", "bataye", "batayein", "btao", "bolo", "do", "dena", "dijiye", "please", "pls", "plz", "ji", "haan",
            "han", "acha", "accha", "achha", "abhi", "already", "finally", "wahi", "yahi", "bas", "hi", "a", "an", "is",
            "us", "in", "un", "lo", "le", "liya", "liye", "lie", "raat", "tak", "thy", "hn", "hoa", "howa", "hoi", "gai", "gae",
            "de", "dein", "kari", "krdi", "jani", "kch", "liey", "lye", "liay", "btain", "bataen", "batayen", "bataein", "apne", "apna", "apni", "karte", "karta", "karti", "usny", "isny", "ga", "gi", "gey", "walo", "walon", "waley", "py", "sahab", "sahib", "saab", "samjha", "samjhao", "samjhaiye", "samjhayein", "aata",
            "aati", "aate", "aayega", "aayegi", "ayega", "aega", "h", "jisme", "jismein", "karega", "karegi",
            "karenge", "karein", "padega", "padegi", "padenge", "lene", "lena", "uss", "ek");

    /** Common Hindi and Urdu content words of news questions, in English. */
    private static final Map<String, String> WORDS = Lexicon.pairs(
            "desh country", "deshon countries", "mulk country", "mulkon countries", "saal year", "saalon years",
            "baras year", "naam name", "din day", "dino days", "dinon days", "mahina month", "mahine month",
            "hafta week", "hafte week", "log people", "logon people", "logo people", "sarkar government",
            "sarkaar government", "hukumat government", "wajah reason", "waja reason", "vajah reason", "shehar city",
            "sheher city", "shahar city", "jagah place", "kaam work", "paisa money", "paise money", "keemat price",
            "kimat price", "saza sentence", "saja sentence", "giraftar arrested", "pakda arrested", "pakde arrested",
            "pakdi arrested", "pakra arrested", "giraftaar arrested", "jasoos spy", "jasoosi spying",
            "jasusi spying", "khatra threat", "khatre threat", "chinta concern", "faisla decision",
            "faisle decision", "faisala decision", "mantri minister", "mantriyon ministers", "pehle before",
            "baad after", "sach true", "galat wrong", "bahar excluded", "band banned", "inkar refused", "bola said",
            "boli said", "bole said", "bataya said", "batayi said", "likha wrote", "likhi wrote", "likhe wrote",
            "mila found", "mili found", "milenge meet", "milegi meet", "milega meet", "lagaya imposed",
            "lagaye imposed", "lagayi imposed", "lagai imposed", "khola opened", "khole opened", "kholi opened",
            "nikala sacked", "nikale sacked", "nikali sacked", "dekha saw", "banaya built", "banane build",
            "banana build", "chahte want", "chahta want", "sirf only", "pura full", "puri full", "poori full",
            "chalegi last", "chalega last", "chalenge last",
            // formal news words of Urdu and Hindi
            "wazir minister", "wazeer minister", "wuzra ministers",
            "wazir-e-azam:prime minister", "wazireazam:prime minister", "pradhan prime", "mukhalfat opposed",
            "mukhalifat opposed", "mukhalif against", "bartarf sacked", "tashweesh concern", "amreeka US",
            "amrika US", "amerika US", "bartania Britain", "bartanya Britain", "bartaniya Britain", "cheen China",
            "chini Chinese", "cheeni Chinese", "ittehadi allies", "ittehadiyon allies", "ittehad alliance",
            "akhbar newspaper", "akhbaar newspaper", "bayan statement", "bayaan statement", "mulaqat meeting",
            "ijlas meeting", "kanoon law", "qanoon law", "qawaneen laws", "mulazim employee", "mulazmeen employees",
            "karmachari employee", "sadar president", "adhyaksh chairman", "adhyakshta chaired", "khabar report",
            "samachar report", "naukri job", "sochte think", "sochta think", "kharab sour", "kharaab sour",
            "baaki other", "baki other", "dikhaya voiced", "dikhayi voiced", "dikhai voiced", "ilzaam suspicion",
            "ilzam suspicion", "aarop suspicion", "ijazat permission", "ijaazat permission", "pabandi ban",
            "sarbarah head", "kholy opened", "bary about", "barey about", "baaray about", "shuru start", "banda man",
            "bande man", "aadmi man", "virodh opposed", "kehna said", "kehti says", "kehta says", "kehte say",
            "shamil members", "shaamil members", "dar fear", "darr fear", "ghar homes", "gharon homes",
            "gharo homes", "desho countries", "pehli first", "baar time", "pehla first", "matlab mean", "aur and",
            "nahi not", "nahin not", "nai not", "nhi not", "dafa time", "faislay decision", "faisly decision",
            "wja reason", "ni not", "saath with", "sath with", "alawa besides", "ilawa besides", "khilaf against",
            "khilaaf against", "bare about", "baare about", "baray about", "asar effect", "asr effect", "saboot evidence",
            "sabut evidence", "subut evidence", "ohda position", "ohday position", "ohde position", "ohdey position",
            "ohdy position", "mauqe occasion", "mauqa occasion", "mauka occasion", "moqa occasion", "mauke occasion",
            "tasveer photo", "tasvir photo", "tasweer photo", "baat said", "jesa like", "jaisa like", "jaise like", "jese like");

    /** Question words, each read as the English one. */
    private static final Map<String, String> WH = Lexicon.pairs(
            "kaun who", "kon who", "kisne who", "kisko who", "kise who", "kinhone who", "kiska whose", "kiski whose",
            "kiske whose", "kya what", "kia what", "kab when", "kahan where", "kaha where", "kahaan where",
            "kidhar where", "kyu why", "kyun why", "kyon why", "kyoon why", "kiun why", "kyo why", "kitne:how many",
            "kitna:how much", "kitni:how many", "kitny:how many", "kitnay:how many", "kidher where", "kiyun why",
            "kesy how", "kaisy how", "kb when", "q why", "kesa how", "kaisa how", "kaisi how", "kesi how",
            "kaise how", "kaisay how", "kese how", "kesay how", "kaunse which", "kaunsa which", "kaunsi which",
            "konsa which", "konse which", "konsi which", "kis which", "kin which");

    /** Question words that take the noun after them ("kitne countries", "kis venue"). */
    private static final Set<String> TAKES_NOUN = Set.of("which", "how many", "how much", "whose");

    /** Two-word forms read as one word first: "kis ne" is "kisne", "kaun kaun" is "kaun", "kis liye" is "kyun". */
    private static final Pattern PAIRS = Pattern.compile("(?i)\\b(?:(kis|kin)\\s+(ne|ny|ko)|(kaun|kon|kaha|kahan|kis|kin)\\s+\\3"
            + "|(kis)\\s+(liye|lie|wajah se|tarah)|(kaun|kon)\\s+(se|sa|si|sy)|(ke|k)\\s+(?:hisab|hisaab|mutabiq)(?:\\s+(?:se|sy))?"
            + "|(yes|haan|han)\\s+(?:ya|or)\\s+(?:no|nahi|nahin|na)|(kis)\\s+(cheez|chiz|cheej|baat|bat)|(pehle|pahle)\\s+(se|sy))\\b");

    /** "badha-chadha ke batana": to exaggerate. */
    private static final Pattern EXAGGERATE = Pattern.compile("(?i)\\b(?:badha|barha|badhaa|barhaa)[\\s-]+(?:chadha|charha|chadhaa|charhaa)"
            + "(?:\\s+(?:ke|kar|k))?(?:\\s+(?:bata|batana|bol|pesh)\\w*)?\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’./-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[?!.,;:]");

    private Hinglish() {
    }

    /** The English question a romanised Hindi or Urdu question asks, or the question unchanged. */
    static String toEnglish(String question) {
        if (!isHinglish(question)) {
            return question;
        }
        String text = pairs(pairs(question)); // "kaun kaun se desh": kaun se desh, then kaunse desh
        text = EXAGGERATE.matcher(text).replaceAll("exaggerating"); // "badha chadha ke bata raha"
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<String> clauses = new ArrayList<>();
        List<String> clause = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.matches("[?!.;:,]")) {
                addClause(clause, clauses);
                clause = new ArrayList<>();
                continue;
            }
            clause.add(t);
            // the verb ends a Hindi clause: "kaun hai | uska post kya hai"
            if (CLAUSE_ENDS.contains(t.toLowerCase(Locale.ROOT)) && askedLater(tokens, i + 1) && asks(clause)) {
                addClause(clause, clauses);
                clause = new ArrayList<>();
            }
        }
        addClause(clause, clauses);
        // "chairman guo ka full name kya hai, sirf guo likha hai": a remark after the question asks nothing
        int last = clauses.size() - 1;
        while (last > 0 && !clauses.get(last).endsWith("?") && clauses.subList(0, last).stream().anyMatch(c -> c.endsWith("?"))) {
            clauses.remove(last--);
        }
        String english = String.join(" ", clauses).strip();
        return english.isEmpty() ? question : english;
    }

    private static final Set<String> CLAUSE_ENDS = Set.of("hai", "hain", "hein", "tha", "thi", "thay", "hy");

    private static String pairs(String text) {
        return PAIRS.matcher(text).replaceAll(m -> {
            if (m.group(1) != null) {
                return m.group(2).equalsIgnoreCase("ko") ? "kisko" : "kisne";
            }
            if (m.group(3) != null) {
                return m.group(3);
            }
            if (m.group(4) != null) {
                return m.group(5).equalsIgnoreCase("tarah") ? "kaise" : "kyun";
            }
            if (m.group(6) != null) {
                return "kaunse";
            }
            if (m.group(8) != null) {
                return "ke according"; // a postposition like "ke baare me", moved before its noun
            }
            if (m.group(10) != null) {
                return "kya"; // "kis cheez", "kis baat": what thing, what
            }
            if (m.group(12) != null) {
                return "already";
            }
            return "";
        });
    }

    private static final Set<String> PARTICLES = Set.of("ka", "ki", "ke", "ko", "ne", "ny");

    private static boolean isHinglish(String question) {
        Set<String> seen = new HashSet<>();
        Matcher m = TOKEN.matcher(question);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (MARKERS.contains(w)) {
                seen.add(w);
            }
        }
        // two markers, not both one-syllable particles ("ki", "ka" may be initials or names), or one question word
        return seen.size() >= 2 && !PARTICLES.containsAll(seen) || seen.stream().anyMatch(STRONG::contains);
    }

    private static boolean asks(List<String> clause) {
        return clause.stream().anyMatch(t -> WH.containsKey(t.toLowerCase(Locale.ROOT)));
    }

    private static boolean askedLater(List<String> tokens, int from) {
        for (int i = from; i < tokens.size() && !tokens.get(i).matches("[?!.;:,]"); i++) {
            if (WH.containsKey(tokens.get(i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** One clause in English order: the question word and its noun first, then the content words as typed. */
    private static void addClause(List<String> clause, List<String> out) {
        if (clause.isEmpty()) {
            return;
        }
        String asked = null;
        boolean yesNo = false;
        // "issues fix kiye ya nahi": fixed them or not
        int n = clause.size();
        if (n > 2 && Set.of("ya", "or", "ki").contains(clause.get(n - 2).toLowerCase(Locale.ROOT))
                && Set.of("nahi", "nahin", "nai", "na", "nhi").contains(clause.get(n - 1).toLowerCase(Locale.ROOT))) {
            yesNo = true;
            clause = clause.subList(0, n - 2);
        }
        boolean objectAsked = false;
        boolean englishOrder = false;
        List<String> rest = new ArrayList<>();
        int phrase = 0; // where the noun phrase being read starts in rest
        int added = -2; // the clause token last added to rest
        for (int i = 0; i < clause.size(); i++) {
            String t = clause.get(i);
            String w = t.toLowerCase(Locale.ROOT);
            if (ENGLISH_WH.contains(w) && asked == null) {
                // "who hai MI6 ka chief", "what did GCHQ ka boss say": an English question word, in English order
                asked = w;
                if (i + 1 < clause.size() && (Question.AUXILIARIES.contains(clause.get(i + 1).toLowerCase(Locale.ROOT))
                        || w.equals("how") && Set.of("many", "much", "long").contains(clause.get(i + 1).toLowerCase(Locale.ROOT)))) {
                    asked += " " + clause.get(++i).toLowerCase(Locale.ROOT);
                    englishOrder = true;
                }
                continue;
            }
            String wh = WH.get(w);
            if (wh != null && asked == null) {
                if ((w.equals("kya") || w.equals("kia")) && (i == 0 && contentWords(clause, 1) >= 2
                        || i == clause.size() - 1 && i > 0 && contentWords(clause, 0) >= 3)) {
                    yesNo = true; // "kya germany ne bhi ban kiya?", "gharon me hain kya?": did Germany ban it too? are they?
                    continue;
                }
                asked = wh;
                objectAsked = OBJECT_WH.contains(w);
                if (TAKES_NOUN.contains(wh) && i + 1 < clause.size() && !GRAMMAR.contains(clause.get(i + 1).toLowerCase(Locale.ROOT))) {
                    asked = wh + " " + word(clause.get(++i));
                    String next = i + 1 < clause.size() ? clause.get(i + 1) : "";
                    if (next.length() > 3 && next.endsWith("s") && isContent(next) && !WORDS.containsKey(next.toLowerCase(Locale.ROOT))) {
                        asked += " " + next; // "kitne testing centres": a noun the plural ends
                        i++;
                    }
                }
                continue;
            }
            if (wh != null) {
                if (w.equals("kaha") && WH.containsKey(clause.get(i - 1).toLowerCase(Locale.ROOT))) {
                    rest.add("said"); // "kya kaha": what did he say
                    added = i;
                    phrase = rest.size();
                }
                continue; // "kaun ... kaun": asked once
            }
            if ((w.equals("aur") || w.equals("or")) && (rest.isEmpty() || i + 1 < clause.size()
                    && WH.containsKey(clause.get(i + 1).toLowerCase(Locale.ROOT)))) {
                continue; // "aur kaun arrest hua": who else; a clause opening with "aur" joins nothing
            }
            if (t.equals("US")) {
                rest.add(t); // "US ke saath": the United States, not the Hindi "that"
                added = i;
                continue;
            }
            String english = WORDS.getOrDefault(w, w);
            boolean afterKe = i > 0 && POSSESSIVE.contains(clause.get(i - 1).toLowerCase(Locale.ROOT));
            if (POSTPOSITIONS.contains(english) && (WORDS.containsKey(w) || afterKe) || w.equals("according") && afterKe) {
                // "chinese officials ke hisab se", "huawei ke alawa": the preposition goes before its noun
                rest.add(phrase, w.equals("according") ? "according to" : english);
                if (w.equals("according") && i + 1 < clause.size() && clause.get(i + 1).equalsIgnoreCase("to")) {
                    i++;
                }
                phrase = rest.size();
                continue;
            }
            if (POSSESSIVE.contains(w) && added == i - 1 && i + 1 < clause.size()
                    && isContent(clause.get(i + 1)) && !WH.containsKey(clause.get(i + 1).toLowerCase(Locale.ROOT))
                    && !POSTPOSITIONS.contains(word(clause.get(i + 1))) && !clause.get(i + 1).equalsIgnoreCase("according")
                    && !word(clause.get(i + 1)).equals("mean")) {
                rest.set(rest.size() - 1, rest.get(rest.size() - 1) + "'s"); // "guo ka full name": Guo's full name
                continue;
            }
            if (GRAMMAR.contains(w) && !WORDS.containsKey(w)) {
                if (!POSSESSIVE.contains(w)) {
                    phrase = rest.size(); // "ke" may yet be "ke baare me", about the noun before it
                }
                continue;
            }
            rest.add(word(t));
            added = i;
        }
        if (asked == null && !yesNo && rest.isEmpty()) {
            return;
        }
        // "us ka kya hua": what happened to him, whom the question before names
        if ("what".equals(asked) && rest.isEmpty() && clause.stream().anyMatch(t -> HAPPENED.contains(t.toLowerCase(Locale.ROOT)))) {
            rest.add("happened");
        }
        // "uska naam batao": tell me his name, what it is
        if (asked == null && !yesNo && clause.stream().anyMatch(t -> REQUESTS.contains(t.toLowerCase(Locale.ROOT)))) {
            asked = "what";
        }
        // "critics ko kya dar hai": what is it critics fear, not what kind of critics; "X ne kya kaha": what did X say
        boolean ergative = clause.stream().anyMatch(t -> ERGATIVE.contains(t.toLowerCase(Locale.ROOT)));
        if ("what".equals(asked) && !englishOrder && !rest.isEmpty() && !rest.equals(List.of("happened"))) {
            objectAsked = true;
        }
        // "PM ne kisko defy kiya": whom did the PM defy, with the PM its subject; "five eyes ka matlab kya hai":
        // what does Five Eyes mean
        boolean meaning = rest.size() > 1 && rest.get(rest.size() - 1).equals("mean");
        String lead = asked != null ? (objectAsked ? asked + (ergative || !"what".equals(asked) ? " did" : meaning ? " does" : " is") : asked)
                : yesNo ? "did" : "";
        String sentence = (lead + " " + String.join(" ", rest)).strip();
        if (asked != null || yesNo) {
            sentence += "?";
        } else {
            sentence += ".";
        }
        out.add(sentence);
    }

    /** Hindi postpositions, in English: they follow their noun ("X ke baare me" is about X). */
    private static final Set<String> POSTPOSITIONS = Set.of("about", "with", "besides", "against");
    private static final Set<String> POSSESSIVE = Set.of("ka", "ki", "ke", "k");

    private static boolean isContent(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        return !token.matches("[?!.;:,]") && (!GRAMMAR.contains(w) || WORDS.containsKey(w)) && !WH.containsKey(w)
                && !POSSESSIVE.contains(w);
    }

    private static final Set<String> REQUESTS = Set.of("batao", "btao", "bataiye", "batayein", "bataen", "bataein", "bolo",
            "batana", "bataao", "samjha", "samjhao", "samjhaiye", "samjhayein");

    /** The ergative marker, alone or in a pronoun: its clause has a doer, so "kya" asks what was done or said. */
    private static final Set<String> ERGATIVE = Set.of("ne", "ny", "usne", "isne", "unhone", "inhone", "unhon", "maine",
            "humne", "tumne", "aapne", "usny", "isny", "unhon ne");

    private static final Set<String> ENGLISH_WH = Set.of("who", "what", "when", "where", "why", "which", "how", "whose");

    private static final Set<String> HAPPENED = Set.of("hua", "hui", "hue", "huwa", "hoa");

    private static final Set<String> OBJECT_WH = Set.of("kisko", "kise", "kinko");

    private static long contentWords(List<String> clause, int from) {
        return clause.subList(Math.min(from, clause.size()), clause.size()).stream()
                .filter(t -> !GRAMMAR.contains(t.toLowerCase(Locale.ROOT)) || WORDS.containsKey(t.toLowerCase(Locale.ROOT))).count();
    }

    private static String word(String token) {
        String english = WORDS.get(token.toLowerCase(Locale.ROOT));
        return english != null ? english : token;
    }
}
