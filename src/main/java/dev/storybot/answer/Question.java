package dev.storybot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question asks for: its type (who, when, how many...), the noun naming the kind of answer
 * ("which <b>newspaper</b>"), and its topic terms. Immutable.
 *
 * @param type   the kind of answer expected
 * @param slot   the answer-type noun after "which"/"what" (e.g. "newspaper"), or empty
 * @param terms  topic terms: content words other than the slot and generic words, as asked
 * @param proper words written with a capital inside the question (likely names), lower-cased
 * @param names  the same words grouped by name: consecutive capitalised words form one name ("Five Eyes")
 * @param counted the noun a how-many question counts ("countries"), or empty
 * @param excluded words the question sets aside ("besides Hunt and Javid, which ministers..."): not its topic
 * @param predicate what a who- or which-question says its answer did ("who <b>leaked</b> it"), or empty
 * @param quote    whether the question asks for someone's own words ("in his own words", "which phrase")
 * @param required words the knowledge must use to answer at all: what a name's possessive asks about ("Margot James's
 *                 <b>salary</b>"), or the kind of thing a which-question asks for ("which <b>telco</b>")
 * @param occasion topic words naming what the asked-about words answered or followed ("how did Huawei respond <b>to
 *                 the Poland arrest</b>", "what did it say <b>after the arrest</b>"): the text may state them just before
 * @param places   names the question gives as where something happened ("arrested <b>in Germany</b>")
 */
record Question(Type type, String slot, List<String> terms, Set<String> proper, List<Set<String>> names,
                String counted, Set<String> excluded, String predicate, boolean quote, Set<String> required,
                Set<String> occasion, Set<String> places, boolean within) {

    enum Type { WHO, NAME, WHICH, WHEN, WHERE, HOW_MANY, HOW_LONG, AGE, WHY, EXAMPLE, YES_NO, OTHER }

    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did", "has",
            "have", "had", "can", "could", "will", "would", "should", "may", "might", "must");
    /** Auxiliaries that go with a verb ("could require"), unlike "was", which may be all the verb there is. */
    private static final Set<String> MODALS = Set.of("can", "could", "will", "would", "should", "might", "may", "must");
    /** Verbs whose object says what was done: "made the comment", "gave the go-ahead", "took the decision". */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "made", "makes", "making", "give", "gave", "gives",
            "giving", "take", "took", "takes", "taking", "get", "got", "gets");
    private static final Set<String> MODIFIERS = Set.of("kind", "type", "sort", "sorts", "kinds", "types", "part", "level", "levels", "degree", "extent",
            "parts", "form", "forms");

    static Question of(String question, Lexicon lexicon, CorpusStats stats) {
        Set<String> excluded = new java.util.HashSet<>();
        var besides = BESIDES.matcher(question);
        String text = LET_GO.matcher(question).replaceAll("sacked"); // "why did they let him go"
        text = SIGNED_OFF.matcher(text).replaceAll("approved $2"); // "which committee signed this off"
        text = WALK_BACK.matcher(text).replaceAll("downplayed"); // "did she confirm it or walk it back"
        // "which body made the huawei call": decided on Huawei
        text = MADE_THE_CALL.matcher(text).replaceAll(m -> "decided" + (m.group(3) == null ? "" : " " + m.group(3).strip()));
        // "make the loser's attitude comment": said "loser's attitude"
        text = MADE_A_REMARK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(("said " + m.group(3)).strip()));
        text = HOW_MUCH_TIME.matcher(text).replaceAll("how long"); // "how much time ago": how long ago
        // "what day did the national security council meet": a council's meeting is known by what it agreed there
        if (WHEN_ASKED.matcher(text).find()) {
            text = BODY_MET.matcher(text).replaceAll("$1$2agreed");
        }
        text = PRONOUN_US.matcher(text).replaceAll("$1 we"); // "spy on us": the asker's people, not the US
        // "japans prime minister", "Mrs Mays decision": a name's possessive typed without its apostrophe
        text = BARE_POSSESSIVE.matcher(text).replaceAll(m -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            return java.util.regex.Matcher.quoteReplacement(!stats.hasWord(w + "s") && (stats.isName(w)
                    || Character.isUpperCase(m.group(1).charAt(0)) && stats.writesCapitalised(w)) ? m.group(1) + "'s" : m.group());
        });
        if (besides.find()) {
            String setAside = namesSetAside(besides.group(2), stats);
            Terms.tokens(setAside).stream().filter(w -> !Terms.isStop(w)).forEach(excluded::add);
            text = text.replace(besides.group(1) + besides.group().substring(besides.group(1).length(),
                    besides.start(2) - besides.start()) + setAside, " ");
        }
        List<Set<String>> names = new ArrayList<>(names(text, stats));
        // "who is theresa may": the story capitalises her; "japan's prime minister": a possessive ends a name;
        // "how did france respond to ... the US": a name typed in lower case beside one typed capitalised
        for (Set<String> lower : lowerCaseNames(Terms.tokens(POSSESSIVE_END.matcher(text).replaceAll("$1 of")), stats)) {
            if (names.stream().noneMatch(n -> n.stream().anyMatch(lower::contains))) {
                names.add(lower);
            }
        }
        // "may's decision": a word that takes a possessive is no modal verb, and the knowledge writes it as a name
        var possessive = NAME_POSSESSIVE.matcher(text);
        while (possessive.find()) {
            String w = possessive.group(1).toLowerCase(Locale.ROOT);
            if (Terms.isStop(w) && stats.writesCapitalised(w) && names.stream().noneMatch(n -> n.contains(w))) {
                names.add(Set.of(w));
            }
        }
        // "Number 10" is Downing Street: a name the question did not write out
        List<String> written = Terms.tokens(text);
        lexicon.joinCompounds(written).stream().map(Lexicon::expand).filter(Lexicon::isNameFor)
                .filter(w -> !written.contains(w)).forEach(w -> names.add(Set.of(w)));
        // "the Telegraph report": the report is the topic, and a sentence about "the report" answers
        Set<String> beforeReport = new java.util.HashSet<>();
        var source = SOURCE_OF_REPORT.matcher(text);
        while (source.find()) {
            beforeReport.add(source.group(1).toLowerCase(Locale.ROOT));
        }
        var sourceAfter = REPORT_OF_SOURCE.matcher(text);
        while (sourceAfter.find()) {
            String paper = sourceAfter.group(1).toLowerCase(Locale.ROOT);
            if (lexicon.instancesOf("newspaper").contains(paper)) {
                beforeReport.add(paper); // "the report of the Telegraph"
            }
        }
        Set<String> sources = new java.util.HashSet<>(); // the words of the names set aside
        names.removeIf(name -> {
            boolean isSource = name.stream().anyMatch(beforeReport::contains);
            if (isSource) {
                sources.addAll(name);
            }
            return isSource;
        });
        Set<String> proper = new java.util.HashSet<>();
        names.forEach(proper::addAll);
        if (proper.isEmpty()) {
            // "the head of the national cyber security centre": a name the knowledge writes in capitals, which a
            // sentence must give (most of) to be about it; its words still weigh as the question's topic words
            List<String> lower = Terms.tokens(text);
            for (List<String> name : stats.longNames()) {
                if (java.util.Collections.indexOfSubList(lower, name) >= 0) {
                    names.add(Set.copyOf(name));
                }
            }
        }
        List<String> tokens = new ArrayList<>();
        for (String t : joinSplitWords(lexicon.joinCompounds(Terms.tokens(text)), stats)) {
            t = t.replaceFirst("^(what|where|who|how|when|why)'(d|re|ll|ve)$", "$1"); // "where'd"
            int digit = t.matches("\\d{1,2}") ? Integer.parseInt(t) : -1;
            if (digit >= 1 && digit <= 10 && !stats.knows(t) && stats.knows(NUMBERS.get(digit - 1))) {
                t = NUMBERS.get(digit - 1); // "5 eyes" where the story writes "Five Eyes"
            }
            if (!stats.hasWord(t)) {
                t = Lexicon.expand(t); // "defence sec"
            }
            if (!stats.knows(t) && t.length() >= 4 && t.endsWith("in") && (stats.knows(t + "g") || EnglishWords.contains(t + "g")
                    || lexicon.related(Terms.stem(t + "g")).size() > 1)) {
                t = t + "g"; // "meddlin", "sayin": the g left off
            }
            if (stats.knows(t)) {
                tokens.add(t);
            } else {
                String fixed = proper.contains(t) ? t : misspeltWord(t, stats); // "happend", "evry"
                // "backdoors" is "back doors"; "homework" stays homework, a word that asks nothing; "hwo" is how,
                // but "bid" after the question's start is a word of its own, not a misspelt "did"
                String typo = tokens.isEmpty() || !EnglishWords.contains(fixed) ? questionWordTypo(fixed) : fixed;
                tokens.addAll(stats.knows(fixed) || lexicon.isGeneric(fixed) ? List.of(fixed) : split(typo, stats));
            }
        }
        if (tokens.size() > 2 && REQUESTS.contains(tokens.get(0)) && (tokens.get(1).equals("you") || tokens.get(1).equals("u"))) {
            tokens.subList(0, 2).clear(); // "can you give an example ...": a request, not a yes-or-no question
        }
        imperativeAsQuestion(tokens);
        // "On which day...", "According to the caption, who...": the question starts at its question word
        List<String> asked = tokens.subList(questionStart(tokens, text), tokens.size());
        Type type = typeOf(asked);
        if (type == Type.OTHER && asked.stream().anyMatch(AMOUNTS::contains)) {
            type = Type.HOW_MANY; // "huawei annual report - revenue figure?"
        }
        if (type == Type.OTHER && PERSONAL_NAME.matcher(text).find()) {
            type = Type.NAME; // "chairman guo's full name?": a name the question does not already give
        }
        if (type == Type.WHO && THEIR_NAME.matcher(text).find()) {
            type = Type.NAME; // "who was the man arrested with him, what's his name?": a name, not who he was
        }
        boolean dateLast = !asked.isEmpty() && Set.of("date", "dates", "when").contains(asked.get(asked.size() - 1));
        boolean searchForDate = type == Type.OTHER && dateLast && asked.size() > 1 && !AUXILIARIES.contains(asked.get(0));
        if (searchForDate) {
            type = Type.WHEN; // "uk 5g launch date", "huawei flaws first raised when": a search for a date
        }
        String slot = slotOf(asked, lexicon);
        if (searchForDate && slot.isEmpty() && !asked.get(asked.size() - 1).equals("when")) {
            slot = "date"; // "gchq report release date": a date, not "recently"
        }
        if (type == Type.WHEN && slot.isEmpty() && asked.size() > 1 && PRECISE.contains(asked.get(0))) {
            slot = asked.get(1); // "exact date in January": a calendar date
        }
        if (type == Type.WHEN && slot.isEmpty() && asked.size() > 2 && asked.get(0).equals("what") && AUXILIARIES.contains(asked.get(1))) {
            // "what is the exact date, day and month of the conference": a calendar date is the answer
            List<String> near = asked.subList(2, Math.min(asked.size(), 9));
            slot = near.contains("month") ? "month" : near.stream().filter(Set.of("date", "day", "year")::contains)
                    .findFirst().orElse("");
        }
        if (type == Type.WHEN && slot.isEmpty() && WHEN_EXACTLY.matcher(text).find()) {
            slot = "date"; // "when exactly was the report published": a day or a date, not "recently" or "a year ago"
        }
        if (type == Type.WHEN && EXACT_DATE.matcher(text).find()) {
            slot = AnswerType.EXACT_DATE; // "the actual date of the NSC meeting": "on Tuesday" does not give it
        }
        List<String> terms = new ArrayList<>();
        String counted = type == Type.HOW_MANY && asked.size() > 2 ? asked.get(2) : "";
        if (AUXILIARIES.contains(counted) && asked.size() > 3 && !Terms.isStop(asked.get(3)) && !asked.get(3).endsWith("ed")
                && !asked.get(3).endsWith("ing")) {
            counted = asked.get(3); // "how much are tickets": tickets are what is counted (or priced)
        }
        if (type == Type.HOW_MANY && (tokens.contains("list") || tokens.contains("names")) && !counted.isEmpty()) {
            // "how many ministers were against it? list them all", "..., give me all names of them": which ministers
            type = Type.WHICH;
            slot = counted;
        }
        if (asked.size() > 1 && asked.get(0).equals("how") && HOW_WORDS.contains(asked.get(1))) {
            asked.remove(1); // "how long", "how many": part of the question word (not "how photosynthesis works")
            if (asked.size() > 1 && asked.get(1).equals("ago")) {
                asked.remove(1); // "how long ago"
            }
        }
        boolean slotIsTopic = slot.isEmpty() ? false : isTopicSlot(tokens);
        for (String t : tokens) {
            if (NUMBER_WORDS.contains(t) && asked.indexOf(t) == 1) {
                continue; // "which two organisations": how many is part of the kind of answer
            }
            int at = tokens.indexOf(t);
            if (NUMBER_WORDS.contains(t) && !stats.knows(t) && type != Type.YES_NO && type != Type.HOW_MANY && at > 0
                    && tokens.get(at - 1).equals("the")) {
                continue; // "who are the two blokes in the pic": which ones, not how many
            }
            if (t.equals(slot) && slotIsTopic && !terms.contains(t)) {
                terms.add(t); // "what kind of access": access is what the question is about
                continue;
            }
            if (sources.contains(t)) {
                continue; // "how did No 10 react to the Telegraph story": the story is what is asked about
            }
            if (type == Type.WHY && REASONS.contains(t) && !stats.knows(t)) {
                continue; // "what the purpose of the testing centres is": why they are there
            }
            if ((!Terms.isStop(t) || proper.contains(t) || Lexicon.isCompound(t)) && !t.equals(slot) && !lexicon.isGeneric(t) && !MODIFIERS.contains(t) && !terms.contains(t)) {
                terms.add(t);
            }
        }
        if (!slot.isEmpty() && (proper.contains(slot) || stats.isName(slot))) {
            terms.add(slot); // "what is gavin williamson's job": a name, not a kind of answer
            slot = "";
        }
        String kind = "";
        if ((type == Type.WHICH || type == Type.OTHER) && !slot.isEmpty() && !lexicon.isGeneric(slot) && !stats.knows(slot)
                && !stats.knows(stats.correct(slot)) && lexicon.instancesOf(slot).isEmpty()
                && lexicon.relatedWords(slot).stream().noneMatch(stats::knows)) {
            // "which carriers use its kit", "what sentence did he get": a kind of thing the text never speaks of is
            // what is asked about; "which telco ...": a story that never speaks of telcos cannot say which
            terms.add(slot);
            int at = asked.indexOf(slot);
            if (type == Type.WHICH && (at + 1 >= asked.size() || Terms.isStop(asked.get(at + 1)))) {
                kind = slot; // the head noun ("which telco is"), not a modifier ("which junior minister")
            }
            slot = "";
        }
        if (terms.isEmpty() && !slot.isEmpty() && (type == Type.OTHER || type == Type.WHICH)) {
            terms.add(slot); // "whats mordaunts job": the only word after "what" is the topic, not a kind of answer
            slot = "";
        }
        if ((type == Type.OTHER || type == Type.WHICH) && tokens.stream().anyMatch(EXAMPLES::contains)) {
            type = Type.EXAMPLE;
        }
        // "the jobs of Liam Fox and Penny Mordaunt, who the Telegraph said also opposed it": the saying is the
        // paper's, in a clause that describes them; the question does not ask what they said
        var relative = RELATIVE_CLAUSE.matcher(text);
        if (relative.find() && relative.start() > 0) {
            List<String> main = Terms.tokens(text.substring(0, relative.start()));
            terms.removeIf(t -> SAYING.contains(t) && !main.contains(t));
        }
        return new Question(type, slot, List.copyOf(terms), Set.copyOf(proper), List.copyOf(names), counted,
                Set.copyOf(excluded), predicate(type, asked, slot, terms), asked.stream().anyMatch(QUOTE_WORDS::contains),
                required(possessed(text, proper, stats), kind), occasion(text, terms), places(tokens, proper),
                // "where in Britain is the testing centre": a place inside it
                type == Type.WHERE && WHERE_WITHIN.matcher(text).find());
    }

    /** The names right after "in" or "at": where the question says something happened. */
    private static Set<String> places(List<String> tokens, Set<String> proper) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            if ((tokens.get(i - 1).equals("in") || tokens.get(i - 1).equals("at")) && proper.contains(tokens.get(i))) {
                out.add(tokens.get(i));
            }
        }
        return Set.copyOf(out);
    }

    /**
     * What a reaction or a statement answered or followed: "respond to the Poland arrest", "in response to the
     * report", "say after the arrest". Up to the clause's end; empty when it holds all the question's topic.
     */
    private static final Pattern OCCASION = Pattern.compile("(?i)\\b(?:(?:respon(?:d|ds|ded|ding|se|ses)|react(?:s|ed|ing|ion|ions)?"
            + "|repl(?:y|ies|ied|ying)|hit(?:s|ting)? back)\\s+to|after|following|in the wake of|spin(?:s|ning)?|spun"
            + "|(?:line|take|stance|response|reaction)\\s+on)"
            + "\\s+((?:(?:the|its|his|her|their|this|that|these|those|a|an)\\s+)?[^,;?.!]+)");
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)\\s(?:and|but|or|did|does|do|what|how|who|why|when)\\s.*$");

    private static Set<String> occasion(String text, List<String> terms) {
        var m = OCCASION.matcher(text);
        if (!m.find()) {
            return Set.of();
        }
        Set<String> words = new java.util.HashSet<>(Terms.tokens(CLAUSE_END.matcher(m.group(1)).replaceFirst("")));
        words.retainAll(terms);
        return words.size() < terms.size() ? Set.copyOf(words) : Set.of();
    }

    /**
     * The verb of a who- or which-question asked about its subject ("who <b>chairs</b> the review", "which
     * minister <b>leaked</b> it"): the first topic word after the question word that reads as a verb.
     */
    private static String predicate(Type type, List<String> asked, String slot, List<String> terms) {
        if (type != Type.WHO && type != Type.WHICH) {
            return "";
        }
        // the verb comes right after the question word and its noun: "who chairs", "which UK minister played down",
        // "who of the cabinet leaked", "who among the ministers opposed"
        int reach = asked.size() > 1 && PARTITIVE.contains(asked.get(1)) ? 6 : 4;
        for (int i = 1; i < Math.min(asked.size(), reach); i++) {
            String t = asked.get(i);
            if (MODALS.contains(t) && i + 1 < asked.size() && terms.contains(asked.get(i + 1))
                    && !LIGHT_VERBS.contains(asked.get(i + 1))) {
                return asked.get(i + 1); // "who could require it": what they could do is the verb
            }
            if (AUXILIARIES.contains(t) && i + 3 < asked.size() && HEARSAY.contains(asked.get(i + 1)) && asked.get(i + 2).equals("to")) {
                // "who is alleged to have leaked it", "who is said to have opposed it": what they did is the verb
                int j = asked.get(i + 3).equals("have") || asked.get(i + 3).equals("be") ? i + 4 : i + 3;
                return j < asked.size() && terms.contains(asked.get(j)) ? asked.get(j) : "";
            }
            if (AUXILIARIES.contains(t) || LIGHT_VERBS.contains(t)) {
                // "who was against it", "which ministers did she name": not about what the subject did
                // "made the comment", "gave the go-ahead": the noun after a light verb says what was done
                return "";
            }
            if (t.equals(slot) || !terms.contains(t)) {
                continue;
            }
            if (Terms.isVerbForm(t)) {
                return t;
            }
        }
        return "";
    }

    private static final Set<String> HEARSAY = Set.of("alleged", "said", "thought", "believed", "reported", "reportedly",
            "suspected", "claimed", "rumoured", "rumored", "understood", "supposed");

    /** Words after a question word that pick its answer out of a group ("who of the cabinet", "who among them"). */
    private static final Set<String> PARTITIVE = Set.of("of", "among", "amongst", "in", "from");

    /** Where a clause describing someone the question names begins (", who the Telegraph said ..."). */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i),\\s*(?:who|whom|which)\\b");
    private static final Set<String> SAYING = Set.of("say", "said", "says", "saying", "tweet", "tweeted");

    private static final Pattern POSSESSIVE = Pattern.compile("(\\p{L}+)['’]s?\\s+(\\p{L}+)");

    /** The words after a name's possessive near the start: "what is Margot James's salary", "huawei's revenue?". */
    private static Set<String> required(Set<String> possessed, String kind) {
        if (kind.isEmpty()) {
            return possessed;
        }
        Set<String> out = new java.util.HashSet<>(possessed);
        out.add(kind);
        return Set.copyOf(out);
    }

    private static Set<String> possessed(String text, Set<String> proper, CorpusStats stats) {
        Set<String> out = new java.util.HashSet<>();
        var m = POSSESSIVE.matcher(text);
        while (m.find()) {
            String owner = m.group(1).toLowerCase(Locale.ROOT);
            // only in what the question asks for ("what is X's salary"), not in a clause further on
            boolean opening = text.substring(0, m.start()).strip().split("\\s+").length <= 6;
            if (opening && (proper.contains(owner) || stats.isName(owner)) && m.group(0).matches("(?s).*['’].*")) {
                out.add(m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** Words that ask for what someone said in their own words. */
    private static final Set<String> QUOTE_WORDS = Set.of("words", "quote", "quotes", "quotation", "quotations",
            "phrase", "phrases", "verbatim");

    /** Words that make one question word with "how" before them. */
    private static final Set<String> HOW_WORDS = Set.of("many", "much", "long", "old", "far", "often", "soon",
            "big", "large", "come", "close");

    static final Set<String> WH = Set.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how");

    /** Where the question word is when the question opens with something else, within its first words. */
    private static int questionStart(List<String> tokens, String text) {
        if (tokens.isEmpty() || WH.contains(tokens.get(0)) || AUXILIARIES.contains(tokens.get(0))
                || NEGATED_AUXILIARIES.contains(tokens.get(0))) {
            return 0; // "isn't it only Chinese officials who think ...": yes or no, not who
        }
        // "The worker was arrested along with a former officer. What was that man's name?": the last sentence asks
        var sentence = SENTENCE_ASKS.matcher(text);
        String wh = null;
        while (sentence.find()) {
            wh = sentence.group(1).toLowerCase(Locale.ROOT);
        }
        if (wh != null && tokens.lastIndexOf(wh) > 0) {
            return tokens.lastIndexOf(wh);
        }
        for (int i = 1; i < tokens.size() - 1; i++) {
            // "huawei testing centre in britain is at which city ah": "which" and its noun may come late
            if (WH.contains(tokens.get(i)) && (i < 7 || tokens.get(i).equals("which") && Lexicon.isKind(tokens.get(i + 1)))) {
                return i;
            }
        }
        return 0;
    }


    /** A sentence after another that opens with a question word (after a preposition, if any). */
    private static final Pattern SENTENCE_ASKS = Pattern.compile("(?i)[.!?]\\s+(?:(?:in|on|at|for|from|to|by|with|and|so|but)\\s+)?"
            + "(what|which|who|whom|whose|when|where|why|how)\\b");
    private static final Pattern PART = Pattern.compile(
            "(?i)\\?\\s+(?=\\S)|[;,]?\\s+(and|n|&|\\+)\\s+(?=((on|in|at|for|from|to|by|with|during|under)\\s+)?(what|whats|wats|wat|wot|which|who|whos|whom|whose|when|wen|where|wheres|why|y|how|hows|did|does|do|is|are|was|were|has|have)\\b)"
                    + "|,\\s+(?=(is|are|was|were|did|does|do|has|have)\\s+(it|they|he|she|this|that|there)\\b)");

    /**
     * The questions asked in one ("Who chairs the NSC, and when did it meet?" asks two): split where a
     * question ends and another begins, at "and" before a question word, or at a comma before a yes-or-no
     * question ("..., is it the first time"); parts of fewer than three words stay with the one before (or,
     * at the start, with the one after: "when and where do they meet").
     */
    static List<String> parts(String text) {
        String t = text.strip();
        List<String> out = new ArrayList<>();
        var m = PART.matcher(t);
        int start = 0;
        int joinFrom = 0; // where the current part began, delimiters of short parts included
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : t.length();
            String piece = t.substring(start, end).strip();
            List<String> pieceWords = Terms.tokens(piece);
            List<String> asking = pieceWords.stream().filter(w -> !w.equals("and") && !w.equals("n")).toList();
            boolean afterQuestionMark = start > 0 && t.substring(0, start).stripTrailing().endsWith("?");
            if (!out.isEmpty() && asking.size() == 1 && WH.contains(asking.get(0)) && !found && afterQuestionMark) {
                // "first time five eyes on stage in uk? n when": when that happens
                out.add(asking.get(0) + " " + out.get(out.size() - 1).replaceAll("[?!.\\s]+$", ""));
                break;
            }
            // "five eyes on stage in the UK - what day and what venue": a second question about the same topic
            boolean ownQuestion = !out.isEmpty() && asking.size() == 2 && WH.contains(asking.get(0)) && !asking.get(1).equals("else")
                    && !Terms.isStop(asking.get(1));
            if (pieceWords.size() < 3 && !ownQuestion) {
                if (!out.isEmpty()) {
                    out.set(out.size() - 1, t.substring(joinFrom, end).strip());
                } // else an opening as short as "when" stays with the part after it ("when and where do they meet")
            } else {
                int from = out.isEmpty() ? 0 : start;
                out.add(ownQuestion ? piece : t.substring(from, end).strip());
                joinFrom = from;
            }
            if (!found) {
                break;
            }
            start = m.end();
        }
        if (out.isEmpty()) {
            return List.of(text);
        }
        // "what hardware are they letting huawei build?? like actual examples pls": the examples are of that
        for (int i = out.size() - 1; i > 0; i--) {
            List<String> words = Terms.tokens(out.get(i));
            if (words.stream().anyMatch(w -> w.equals("example") || w.equals("examples")) && EXAMPLE_REQUEST.containsAll(words)) {
                out.remove(i);
                out.set(i - 1, out.get(i - 1).replaceAll("[?!.\\s]+$", "") + " examples");
            } else if (words.stream().anyMatch(w -> w.equals("names") || w.equals("list")) && LIST_REQUEST.containsAll(words)) {
                // "how many secretaries opposed it? names and posts please": which they were
                out.remove(i);
                out.set(i - 1, out.get(i - 1).replaceAll("[?!.\\s]+$", "") + " list");
            }
        }
        // "when and where do they meet" asks "when do they meet" and "where do they meet"
        var two = TWO_QUESTION_WORDS.matcher(out.get(0));
        if (two.matches()) {
            out.set(0, two.group(1) + " " + two.group(3));
            out.add(1, two.group(2) + " " + two.group(3));
        }
        return List.copyOf(out);
    }

    /** The words of a part that only asks for the list of what the part before counts. */
    private static final Set<String> LIST_REQUEST = Set.of("names", "name", "list", "posts", "jobs", "roles", "titles",
            "and", "please", "pls", "plz", "their", "them", "all", "with", "too", "as", "well", "the", "of");

    /** The words of a part that only asks for examples of what the part before asks about. */
    private static final Set<String> EXAMPLE_REQUEST = Set.of("example", "examples", "like", "actual", "real", "some",
            "any", "specific", "concrete", "pls", "plz", "please", "give", "gimme", "me", "us", "for", "eg", "e", "g", "a",
            "few", "with", "and", "an");

    private static final Pattern TWO_QUESTION_WORDS = Pattern.compile(
            "(?i)(what|which|who|when|where|why|how)(?:\\s+(?:and|n|&|or)\\s+|\\s*/\\s*)(what|which|who|when|where|why|how)\\s+(.+)");

    private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days");

    /** Prepositions before a closing "who" ("... with who?"): a person or body is asked for, not a full name. */
    private static final Set<String> ASKED_AFTER = Set.of("with", "by", "to", "for", "from", "against", "alongside");

    private static Type typeOf(List<String> tokens) {
        if (tokens.isEmpty()) {
            return Type.OTHER;
        }
        String first = tokens.get(0);
        String second = tokens.size() > 1 ? tokens.get(1) : "";
        switch (first) {
            case "who": case "whom": case "whose":
                return Type.WHO;
            case "when":
                return Type.WHEN;
            case "where":
                return Type.WHERE;
            case "why":
                return Type.WHY;
            case "how":
                if (second.equals("old")) {
                    return Type.AGE;
                }
                if (second.equals("long") || (second.equals("many") || second.equals("much")) && tokens.size() > 3
                        && TIME_UNITS.contains(tokens.get(2)) && (tokens.get(3).equals("ago") || tokens.get(3).equals("since"))) {
                    return Type.HOW_LONG; // "how many years ago": how long ago
                }
                return second.equals("many") || second.equals("much") ? Type.HOW_MANY : Type.OTHER;
            default:
                break;
        }
        if (first.equals("the") && tokens.size() > 2 && PRECISE.contains(second) && CALENDAR_WORDS.contains(tokens.get(2))) {
            return Type.WHEN; // "(could you tell me) the exact date in January that he was arrested"
        }
        if (PRECISE.contains(first) && CALENDAR_WORDS.contains(second) || first.equals("date") && !second.equals("of")) {
            return Type.WHEN; // "Exact date in January of the arrest?"
        }
        if (first.equals("what") && second.equals("age")) {
            return Type.AGE; // "what age is he"
        }
        if ((first.equals("what") || first.equals("which"))
                && tokens.subList(1, Math.min(tokens.size(), 4)).stream().anyMatch(REASONS::contains)) {
            return Type.WHY; // "what was the reason ..." is "why ..."
        }
        if (first.equals("what") && tokens.size() > 3 && REASONS.contains(tokens.get(tokens.size() - 2))
                && AUXILIARIES.contains(tokens.get(tokens.size() - 1))) {
            return Type.WHY; // "what do they say the real motive is"
        }
        if (tokens.size() > 2 && !WH.contains(first) && tokens.get(tokens.size() - 1).equals("who")
                && ASKED_AFTER.contains(tokens.get(tokens.size() - 2))) {
            return Type.WHO; // "GCHQ did that report with who?"
        }
        if (tokens.size() > 1 && !WH.contains(first) && tokens.get(tokens.size() - 1).equals("who")) {
            return Type.NAME; // "guo who?": his full name
        }
        if (tokens.size() > 1 && !WH.contains(first) && !AUXILIARIES.contains(first)
                && (tokens.get(tokens.size() - 1).equals("name") || tokens.get(tokens.size() - 1).equals("names"))
                && !NAME_REQUEST.containsAll(tokens)) {
            return Type.NAME; // "ncsc head name?", "the arrested employee's name"
        }
        if (first.equals("what") && tokens.size() > 3 && AUXILIARIES.contains(second)
                && tokens.subList(Math.max(2, tokens.size() - 2), tokens.size()).stream().anyMatch(NAMED::contains)) {
            return Type.NAME; // "what was the spy lad called again"
        }
        if (first.equals("what") && tokens.subList(1, Math.min(tokens.size(), 7)).contains("name")
                || first.equals("name") && second.equals("of")
                || first.equals("the") && (second.equals("name") || second.equals("names")) && tokens.size() > 2
                        && tokens.get(2).equals("of")) {
            return Type.NAME; // "what was the name of the employee", "name of the officer arrested with him?"
        }
        if ((first.equals("what") || first.equals("which"))
                && tokens.subList(1, Math.min(tokens.size(), 5)).stream().anyMatch(DATES::contains)) {
            return Type.WHEN; // "what is his date of birth", "which day and month"
        }
        if ((first.equals("what") || first.equals("which")) && (second.equals("year") || second.equals("date")
                || second.equals("day") || second.equals("week") || second.equals("month") || second.equals("time"))) {
            return Type.WHEN;
        }
        if ((first.equals("what") || first.equals("which")) && tokens.subList(1, Math.min(tokens.size(), 4)).stream().anyMatch(AMOUNTS::contains)) {
            return Type.HOW_MANY; // "what revenue did it report", "what's the price": a number is the answer
        }
        if (first.equals("which") && !AUXILIARIES.contains(second)) {
            return Type.WHICH;
        }
        return AUXILIARIES.contains(first) || NEGATED_AUXILIARIES.contains(first) ? Type.YES_NO : Type.OTHER;
    }

    /** "isn't it true that ...", "didn't they ...": a yes-or-no question asked the negative way. */
    private static final Set<String> NEGATED_AUXILIARIES = Set.of("isn't", "isnt", "wasn't", "wasnt", "aren't", "arent",
            "weren't", "werent", "didn't", "didnt", "doesn't", "doesnt", "don't", "dont", "hasn't", "hasnt", "haven't",
            "havent", "hadn't", "hadnt", "won't", "wont", "can't", "cant", "couldn't", "couldnt", "wouldn't", "wouldnt",
            "shouldn't", "shouldnt");

    private static final Set<String> NAMED = Set.of("called", "named");
    private static final Set<String> CALENDAR_WORDS = Set.of("date", "day", "month", "year", "time");
    /** The words of a part that only asks for the name of what the part before asks about ("pls tell name"). */
    private static final Set<String> NAME_REQUEST = Set.of("pls", "please", "plz", "tell", "give", "me", "us", "the", "his",
            "her", "their", "full", "first", "last", "and", "name", "names", "kindly", "just", "only", "exact");

    private static final Pattern NAME_POSSESSIVE = Pattern.compile("\\b(\\p{L}+)['’]s\\b");

    private static final List<String> QUESTION_WORDS = List.of("what", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "does", "did", "the");

    /**
     * A word neither the knowledge nor English knows, that is one letter off an English word the question can
     * use: a form of a word of the knowledge, or a word that carries no topic ("happend", "evry"). The spelling
     * corrections to the knowledge's own words come first (CorpusStats); an unknown word with no such neighbour
     * stays as written.
     */
    private static String misspeltWord(String token, CorpusStats stats) {
        if (!stats.correct(token).equals(token) || Terms.isStop(token)) {
            // corrected to the knowledge's word where the question's words are weighed; "wasnt" is no misspelt "want"
            return token;
        }
        return stats.commonWord(token);
    }

    /** "wat", "whta" and "whos" are "what", "what" and "who": a misspelt question word is still one. */
    private static String questionWordTypo(String token) {
        if (token.length() < 3 || token.length() > 6 || Terms.isStop(token)) {
            return token;
        }
        for (String w : QUESTION_WORDS) {
            if (Terms.distance(token, w, 1) <= 1) {
                return w;
            }
        }
        return token;
    }

    /** "which newspaper ...", "what kind of equipment ...", "what job does ..." name the kind of answer. */
    private static String slotOf(List<String> tokens, Lexicon lexicon) {
        if (tokens.size() < 2 || !(tokens.get(0).equals("which") || tokens.get(0).equals("what"))) {
            return "";
        }
        int i = 1;
        if ((NUMBER_WORDS.contains(tokens.get(i)) || OTHER.contains(tokens.get(i))) && i + 1 < tokens.size()) {
            i++; // "which two organisations", "which other ministers"
        }
        if (PRECISE.contains(tokens.get(i)) && i + 1 < tokens.size()) {
            i++; // "what specific date": the kind of answer is the date
        }
        if (MODIFIERS.contains(tokens.get(i)) && i + 2 < tokens.size() && tokens.get(i + 1).equals("of")) {
            i += 2;
        }
        if (i + 1 < tokens.size() && (AnswerType.ORGANISATION_NOUNS.contains(tokens.get(i + 1))
                || !lexicon.instancesOf(tokens.get(i + 1)).isEmpty() && lexicon.instancesOf(tokens.get(i)).isEmpty())) {
            i++; // "which government body", "which political party": a body, a party is asked for
        }
        // ... but in "which ministers backed May", "May" is whom they backed, not a modal verb
        boolean mayAsName = i + 2 < tokens.size() && tokens.get(i + 2).equals("may") && tokens.get(i + 1).endsWith("ed");
        if (i + 2 < tokens.size() && !mayAsName && AUXILIARIES.contains(tokens.get(i + 2)) && !AUXILIARIES.contains(tokens.get(i + 1))
                && !Terms.isStop(tokens.get(i + 1)) && !PRECISE.contains(tokens.get(i + 1)) && !tokens.get(i + 1).endsWith("ly")
                && !lexicon.isGeneric(tokens.get(i + 1))) {
            i++; // "which mobile networks are ...", "which cabinet ministers were ...": the noun before the verb
        }
        String candidate = tokens.get(i);
        return AUXILIARIES.contains(candidate) || Terms.isStop(candidate) || GENERIC_SLOTS.contains(candidate)
                || FILLERS.contains(candidate) ? "" : candidate;
    }

    /** Whether the slot follows "kind of", "sort of"...: then it names the topic, not just the kind of answer. */
    private static boolean isTopicSlot(List<String> tokens) {
        return tokens.size() > 3 && MODIFIERS.contains(tokens.get(1)) && tokens.get(2).equals("of");
    }

    /** Adjectives that ask for precision, not a kind of answer ("what exact date"). */
    private static final Set<String> PRECISE = Set.of("specific", "exact", "precise", "particular", "actual", "full",
            "complete", "entire", "whole");

    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Pattern BESIDES = Pattern.compile(
            "(?i)\\b(besides|apart (?:from|fae|frae|of)|other than|except for|except|excluding|aside from)\\s+(.+?)(?=,\\s*(which|who|what|where|when|how|is|are|was|were|has|have|had|do|does|did|i|we|you)\\b"
                    + "|\\?|$|\\s+(which|who|what|where|when|how|is|are|was|were|has|have|had|do|does|did|will|would|can|could)\\b)");
    /**
     * What a "besides ..." sets aside: "hunt javid and williamson oppose it" sets aside the names, and the words
     * after them ask; a list that does not start with names of the story is set aside whole.
     */
    private static String namesSetAside(String listed, CorpusStats stats) {
        var word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'’-]+").matcher(listed);
        int end = -1;
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (stats.isName(w) || stats.writesCapitalised(w) && !Terms.isStop(w)) {
                end = word.end();
            } else if (!Set.of("and", "n", "or", "&", "+").contains(w)) {
                break;
            }
        }
        return end < 0 || listed.substring(end).isBlank() ? listed : listed.substring(0, end);
    }

    /** A word naming whose report it is: "the Telegraph('s) report". */
    private static final Pattern SOURCE_OF_REPORT = Pattern.compile(
            "(?i)\\b(\\p{L}+)(?:['’]s)?\\s+(?:report|reports|reporting|coverage|scoop|revelations?|story|stories|leak|leaks|article|claim|claims|account|piece)\\b");
    /** "made the call", "took the Huawei decision": decided. */
/** "us" in lower case after a verb or preposition: the pronoun ("spy on us", "tell us"), not the country. */
    private static final Pattern PRONOUN_US = Pattern.compile("\\b((?i:on|to|for|with|against|at|from|tell|give|gimme|let"
            + "|help|show|remind|about|of|among|like|affect|affects|protect|hurt|harm|watch|into|upon|between|around"
            + "|behind|toward|towards|spying|spy|spies))\\s+us\\b");
    /** A word naming whose report it is, after it: "the report of the Telegraph", "the story in the Telegraph". */
    private static final Pattern REPORT_OF_SOURCE = Pattern.compile(
            "(?i)\\b(?:report|reports|story|stories|leak|leaks|article|claim|claims|account|piece)\\s+(?:of|by|in|from)\\s+"
                    + "(?:the\\s+)?(?:daily\\s+)?(\\p{Lu}\\p{L}+)");
    private static final Pattern POSSESSIVE_END = Pattern.compile("(\\p{L})['’]s\\b");
    private static final Pattern BARE_POSSESSIVE = Pattern.compile("\\b(\\p{L}{3,})s\\b");
    /** "the actual date", "what date", "which date exactly": a calendar date, which a weekday does not give. */
    private static final Pattern EXACT_DATE = Pattern.compile("(?i)\\b(?:exact|actual|precise|full|calendar)\\s+date\\b"
            + "|\\b(?:what|which|wot|wat|wut)\\s+date\\b|\\bdate\\s+(?:exactly|precisely)\\b");
    private static final Pattern WHEN_EXACTLY = Pattern.compile("(?i)\\b(?:when\\s+(?:exactly|precisely)|(?:exactly|precisely)\\s+when)\\b");
    private static final Pattern WHEN_ASKED = Pattern.compile("(?i)\\b(?:when|(?:what|which) (?:day|date))\\b");
    private static final Pattern BODY_MET = Pattern.compile("(?i)\\b(council|committee|cabinet|nsc)\\b(\\s+(?:\\w+\\s+){0,2}?)"
            + "(?:meet|met|meeting|convene|convened|sit|sat)\\b");
    private static final Pattern HOW_MUCH_TIME = Pattern.compile("(?i)\\bhow much time\\b|\\bhow many times?(?=\\s+ago\\b)");
    /** "make his comments", "made the remark": said. */
    private static final Pattern MADE_A_REMARK = Pattern.compile("(?i)\\b(made|make|makes|making|gave|give|gives|giving)\\s+"
            + "(his|her|their|its|the|these|those|this|that|a|an|such)\\s+((?:[\\w'’]+\\s+){0,3}?)(comment|comments|remark|remarks|statement"
            + "|statements)\\b");
    private static final Pattern MADE_THE_CALL = Pattern.compile(
            "(?i)\\b(made|make|makes|making|took|take|takes|taking|taken)\\s+(the|this|that|a|its|their)\\s+(\\w+\\s+){0,2}?(call|decision)\\b");
    private static final Pattern WALK_BACK = Pattern.compile("(?i)\\b(walk|walked|walking|walks) (it|that|this|them) back\\b");
    private static final Pattern SIGNED_OFF = Pattern.compile("(?i)\\b(sign|signed|signs|signing) (it|this|that|them|these|those|the \\w+) off\\b");
    private static final Pattern LET_GO = Pattern.compile("(?i)\\blet(ting)? (him|her|them|the \\w+|\\w+) go\\b"
            + "|\\bcut(ting)? (\\w+ ){1,3}?loose\\b|\\bbin(ned|ning|s)? (him|her|them|the \\w+|\\w+) off\\b");
    private static final Set<String> REQUESTS = Set.of("can", "could", "would", "will");
    /** Verbs of a quiz's instructions: "give the date ...", "name the newspaper ...". */
    private static final Set<String> INSTRUCTIONS = Set.of("give", "name", "state", "list", "identify");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> EVERY = Set.of("every", "all", "each");
    private static final Set<String> PLEASE = Set.of("kindly", "please", "pls", "plz", "plez");
    private static final Set<String> TELLING = Set.of("tell", "give", "share", "provide", "mention", "say", "state");
    /** One person asked for by what they are: "name the officer ...". */
    private static final Set<String> ONE_PERSON = Set.of("officer", "employee", "member", "chief", "head", "chairman",
            "chairwoman", "spokeswoman", "spokesman", "spokesperson", "official", "agent", "man", "woman", "person");

    /**
     * "Give the exact date on which the US banned Huawei" asks "which exact date ...": an instruction naming the
     * kind of answer is a which-question (and "on which" inside it is not where the question starts).
     */
    private static void imperativeAsQuestion(List<String> tokens) {
        int polite = tokens.size() > 4 && PLEASE.contains(tokens.get(0)) ? 1 : 0;
        if (tokens.size() > polite + 3 && TELLING.contains(tokens.get(polite))) {
            // "(kindly) tell me the name of the officer", "give the names of the ministers": what is the name
            tokens.subList(0, polite).clear();
            int at = tokens.get(1).equals("me") || tokens.get(1).equals("us") ? 2 : 1;
            at += ARTICLES.contains(tokens.get(at)) ? 1 : 0;
            if (at + 1 < tokens.size() && (tokens.get(at).equals("name") || tokens.get(at).equals("names"))
                    && tokens.get(at + 1).equals("of")) {
                tokens.subList(0, at).clear();
                tokens.addAll(0, List.of("what", "is", "the"));
                return;
            }
        }
        if (tokens.size() > 3 && PLEASE.contains(tokens.get(0)) && INSTRUCTIONS.contains(tokens.get(1))) {
            tokens.remove(0); // "please list every minister ..."
        }
        if (tokens.size() < 3 || !INSTRUCTIONS.contains(tokens.get(0))) {
            return;
        }
        int noun = 1;
        if (tokens.get(1).equals("me") || tokens.get(1).equals("us")) {
            noun++;
        }
        if (noun < tokens.size() && EVERY.contains(tokens.get(noun))) {
            noun++; // "list every minister", "name all the ministers"
        }
        if (noun < tokens.size() && ARTICLES.contains(tokens.get(noun))) {
            noun++;
        }
        if (noun >= tokens.size() || noun == 1 || WH.contains(tokens.get(noun)) || EXAMPLES.contains(tokens.get(noun))) {
            return; // "name one minister", "give an example": left as they are
        }
        boolean naming = tokens.get(0).equals("name") || tokens.get(0).equals("identify");
        boolean onePerson = tokens.subList(noun, Math.min(tokens.size(), noun + 4)).stream().anyMatch(ONE_PERSON::contains);
        tokens.subList(0, noun).clear();
        if (naming && onePerson) {
            tokens.addAll(0, List.of("what", "is", "the", "name", "of", "the")); // "name the officer arrested with him"
        } else {
            tokens.add(0, "which");
        }
    }
    /** "where in Britain ...": a place within the one named. */
    private static final Pattern WHERE_WITHIN = Pattern.compile("(?i)\\bwhere\\s+in\\s+(?:the\\s+)?\\p{L}+");
    /** "..., what's his name?" after a who-question: asks for the name of whom it describes. */
    private static final Pattern THEIR_NAME = Pattern.compile("(?i)[,;:-]\\s*(?:and\\s+)?(?:what(?:['’]?s| is| was)|wats|whats|wots)\\s+(?:his|her|their)\\s+(?:full\\s+)?names?\\b");
    /** A person's name asked for by its part. */
    private static final Pattern PERSONAL_NAME = Pattern.compile("(?i)\\b(first|full|last|given|middle)\\s+name|\\bsurname\\b");
    /** What is given as a number or a sum of money. */
    private static final Set<String> AMOUNTS = Set.of("percentage", "number", "amount", "price", "cost", "costs", "revenue",
            "revenues", "profit", "profits", "turnover", "salary", "salaries", "worth", "budget", "sales", "income",
            "earnings", "sum");
    private static final Set<String> EXAMPLES = Set.of("example", "examples", "instance", "e.g");
    private static final Set<String> DATES = Set.of("date", "day", "month", "birthday");
    private static final Set<String> OTHER = Set.of("other", "else", "another", "more");
    /** Chat fillers that may follow "what" ("like what tho"): no kind of answer. */
    private static final Set<String> FILLERS = Set.of("tho", "though", "tbh", "ngl", "lol", "fr", "rn", "btw", "then", "exactly");
    private static final Set<String> GENERIC_SLOTS = Set.of("happened", "happens", "happen", "did", "about", "extent", "degree");
    private static final Set<String> REASONS = Set.of("reason", "reasons", "cause", "motive", "purpose", "point",
            "justification", "rationale", "explanation", "grounds", "basis");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "over");

    /** Runs of words the knowledge only writes capitalised, in a question written without capitals. */
    private static List<Set<String>> lowerCaseNames(List<String> tokens, CorpusStats stats) {
        List<Set<String>> out = new ArrayList<>();
        Set<String> run = new java.util.LinkedHashSet<>();
        for (String t : tokens) {
            if (stats.isName(t) && !INSTITUTIONS.contains(t)) {
                run.add(t);
            } else if (!run.isEmpty()) {
                out.add(Set.copyOf(run));
                run.clear();
            }
        }
        if (!run.isEmpty()) {
            out.add(Set.copyOf(run));
        }
        return out;
    }

    /** Two unknown words the knowledge writes as one ("hua wei": "huawei", "cyber attacks"), joined. */
    private static List<String> joinSplitWords(List<String> tokens, CorpusStats stats) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            // "g c h q", dictated letter by letter: the acronym
            int end = i;
            while (end < tokens.size() && tokens.get(end).length() == 1 && Character.isLetter(tokens.get(end).charAt(0))) {
                end++;
            }
            if (end - i >= 2 && stats.hasWord(String.join("", tokens.subList(i, end)))) {
                out.add(String.join("", tokens.subList(i, end)));
                i = end - 1;
                continue;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (!next.isEmpty() && t.length() > 2 && stats.writesAcronym(t + next)) {
                out.add(t + next); // "cyber uk": the story's CYBERUK
                i++;
                continue;
            }
            if (!next.isEmpty() && !stats.knows(t) && !Terms.isStop(t) && !stats.knows(next)) {
                String joined = t + next;
                // "hua wei", and "ja vids" for "Javid's"
                String word = stats.hasWord(joined) ? joined : joined.endsWith("s") && stats.hasWord(joined.substring(0, joined.length() - 1))
                        ? joined.substring(0, joined.length() - 1) : "";
                if (!word.isEmpty()) {
                    out.add(word);
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * An unknown word as the words the knowledge knows: "cybersecurity" is "cyber security", "meetup" is
     * "meet"; an adverb the knowledge never uses ("publicly", "actually") carries no topic and is dropped.
     */
    private static List<String> split(String token, CorpusStats stats) {
        if (token.length() > 5 && token.endsWith("ly")) {
            return List.of();
        }
        String head = particleHead(token, stats);
        if (head != null) {
            return List.of(head);
        }
        for (int i = 3; token.length() >= 7 && i <= token.length() - 3; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            if (stats.knows(left) && stats.knows(right) && !Terms.isStop(left) && !Terms.isStop(right)) {
                return List.of(left, right);
            }
        }
        return List.of(token);
    }

    /** The verb the knowledge uses that {@code token} writes with its particle ("meetup": "meet"), or null. */
    private static String particleHead(String token, CorpusStats stats) {
        for (String particle : PARTICLES) {
            String head = token.substring(0, Math.max(0, token.length() - particle.length()));
            if (token.endsWith(particle) && head.length() >= 3 && stats.knows(head) && !Terms.isStop(head)) {
                return head;
            }
        }
        return null;
    }

    /** Whether the knowledge uses {@code token} without its particle ("meetup": "meet"). */
    static boolean withParticle(String token, CorpusStats stats) {
        return particleHead(token, stats) != null;
    }

    /** Capitalised words that qualify a name rather than being one ("the Commons Foreign Affairs Committee"). */
    private static final Set<String> NOT_NAMES = Set.of("commons", "hm", "mr", "mrs", "ms", "dr", "sir", "dame", "madam",
            "mister", "missus");

    /** Common nouns for institutions that questions often capitalise on their own ("the Cabinet"). */
    static final Set<String> INSTITUTIONS = Set.of("cabinet", "government", "parliament", "ministry",
            "minister", "ministers", "council", "committee", "department", "secretary", "state", "army", "police",
            "court", "president", "embassy", "agency", "opposition", "administration");

    /** Runs of capitalised words after the first word, unless the question is shouted in capitals. */

    private static List<Set<String>> names(String text, CorpusStats stats) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        if (letters == 0 || upper * 2 > letters) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>();
        Set<String> run = new java.util.LinkedHashSet<>();
        String[] words = text.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            // a sentence's first word is capitalised for being first ("... muddled. What post does ...")
            boolean opensSentence = words[i - 1].matches(".*[.!?]$") && WH.contains(w.toLowerCase(Locale.ROOT))
                    || words[i - 1].matches(".*[.!?]$") && AUXILIARIES.contains(w.toLowerCase(Locale.ROOT));
            // "is he IN that picture", "ANY of the problems": a small word in capitals is emphasis ("US" is a name)
            // "ALL FIVE ministers": an English word the knowledge never writes in capitals is shouted, not an acronym
            String lower = w.toLowerCase(Locale.ROOT);
            boolean emphasis = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals("US")
                    && (Terms.isStop(lower) || EnglishWords.contains(lower) && !stats.writesAcronym(lower));
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("I") && !opensSentence && !emphasis;
            if (capital) {
                for (String t : Terms.tokens(w)) {
                    if (!NOT_NAMES.contains(t)) {
                        // "Int'l Dev Sec": the words the abbreviations stand for, where the knowledge does not write them
                        String word = t.toLowerCase(Locale.ROOT);
                        boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
                        run.add(stats.knows(word) || acronym || !stats.knows(Lexicon.expand(word)) ? word : Lexicon.expand(word));
                    }
                }
            }
            boolean ends = !capital || !words[i].matches(".*[\\p{L}\\p{N}]$") || i == words.length - 1;
            if (ends && !run.isEmpty()) {
                // "which Cabinet ministers": a body written with a capital is not someone the answer must name
                if (run.size() > 1 || !INSTITUTIONS.contains(run.iterator().next())) {
                    out.add(Set.copyOf(run));
                }
                run.clear();
            }
        }
        return List.copyOf(out);
    }
}
