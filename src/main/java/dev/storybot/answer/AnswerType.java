package dev.storybot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of answer a question asks for, and whether a sentence holds one: what the extractive answerer
 * checks besides the words a sentence shares with the question. Stateless.
 */
final class AnswerType {

    /** Days, months ("May" as a month, not Theresa May) and years. */
    private static final String CALENDAR = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|january|february|march|april|(?<=\\b(in|of|since|until|by|last|next|early|late|mid|from) )may"
            + "|(?<!theresa )may(?= \\d)|june|july|august|september|october|november|december|(1[89]|20)\\d\\d";
    private static final Pattern TIME = Pattern.compile("(?i)\\b(" + CALENDAR
            + "|ago|yesterday|today|tomorrow|tonight|last (week|month|year)|next (week|month|year)|recent|recently|earlier"
            + "|previously|since|until|morning|evening|afternoon|week|month|year|decade|century|\\d{1,2}(am|pm))\\b");
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\p{L}\\d])\\d[\\d,.]*(?![\\p{L}\\d])|\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion"
            + "|billions|dozen|dozens|half|several|percent|per cent)\\b");
    /** A time a when-question can be answered with: vaguer words ("recently", "previously") are not. */
    private static final Pattern DATE = Pattern.compile("(?i)\\b(" + CALENDAR
            + "|ago|yesterday|today|tomorrow|tonight|last (week|month|year)|next (week|month|year)|this (week|month|year)"
            + "|morning|evening|afternoon|\\d{1,2}(am|pm)|in due course|soon|shortly)\\b");
    /** An occasion that says when something was said or done: "during a recent press conference". */
    private static final Pattern OCCASION = Pattern.compile("(?i)\\bduring (a|an|the|his|her|its|their) ([\\w-]+ ){0,3}"
            + "(conference|meeting|session|speech|interview|summit|visit|debate|hearing|briefing|address|broadcast"
            + "|appearance)\\b");
    /** How long something lasts or lasted: "a year", "two weeks", "months", "since January" (not "in January"). */
    private static final Pattern DURATION = Pattern.compile("(?i)\\b((\\d+|a|an|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|twelve|twenty|thirty|several|few|many|some)\\s+(more\\s+)?(second|minute|hour|day|week|fortnight|month|year"
            + "|decade)s?|(seconds|minutes|hours|days|weeks|months|years|decades)|since|until|till|so far)\\b");
    /** What "which date", "what day", "which month" or "what year" is answered with: "in due course" is not one. */
    private static final Pattern CALENDAR_DATE = Pattern.compile("(?i)\\b(" + CALENDAR
            + "|yesterday|today|tomorrow|tonight|(last|next|this) (week|month|year))\\b");
    /** What "which month" is answered with: a month, not a weekday ("on Wednesday" does not say which month). */
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(january|february|march|april|(?<=\\b(in|of|since|until|by|last|next|early|late|mid|from) )may"
            + "|(?<!theresa )may(?= \\d)|june|july|august|september|october|november|december|(last|next|this) month)\\b");
    /** What "what time" is answered with: a time of day, not a day. */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b(\\d{1,2}(:\\d\\d)?\\s?(am|pm)|\\d{1,2}[:.]\\d\\d|noon|midday|midnight"
            + "|morning|afternoon|evening|tonight|o'clock)\\b");
    /** The slot of a question asking for a calendar date ("the exact date"): a day of a month, or a year. */
    static final String EXACT_DATE = "exact-date";
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    private static final Pattern FULL_DATE = Pattern.compile("(?i)\\b(\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?(" + MONTHS + ")|(" + MONTHS
            + ")\\s+\\d{1,2}(st|nd|rd|th)?|\\d{1,2}/\\d{1,2}(/\\d{2,4})?|(1[89]|20)\\d\\d)\\b");
    /** What "which year" is answered with: a year, or how many years ago ("in January" does not say which year). */
    private static final Pattern YEAR = Pattern.compile("(?i)\\b((1[89]|20)\\d\\d|(last|next|this) year|years? ago)\\b");
    private static final Set<String> CALENDAR_SLOTS = Set.of("date", "dates", "day", "days", "month", "year");
    /** Nouns a question asks for an organisation with ("which body", "what agency"). */
    static final Set<String> ORGANISATION_NOUNS = Set.of("body", "bodies", "organisation", "organisations",
            "organization", "organizations", "agency", "agencies", "committee", "committees", "council", "councils",
            "institution", "institutions", "authority", "authorities", "department", "departments");
    /** An organisation's name: capitalised words ending in what kind of body it is, or an acronym. */
    private static final Pattern ORGANISATION = Pattern.compile("\\b\\p{Lu}[\\p{L}]*\\s+(?:(?:\\p{Lu}[\\p{L}]*|of|for|and|on),?\\s+)*"
            + "(?:Council|Committee|Centre|Center|Agency|Service|Department|Office|Commission|Authority|Ministry|Board"
            + "|Organisation|Organization|Institute|Bureau|Alliance|Parliament|Cabinet|Administration|Government)\\b"
            + "|\\b(?:Department|Ministry|Office) (?:of|for) \\p{Lu}|\\b\\p{Lu}{3,}\\b|\\bMI\\d\\b");
    /** Quoted words: between double quotation marks, straight or curly. */
    private static final Pattern QUOTED = Pattern.compile("[“\"][^“”\"]{2,}[”\"]");
    private static final Pattern EXAMPLE = Pattern.compile("(?i)\\b(such as|for example|for instance|e\\.g\\.|including|like)\\b");
    private static final Pattern AGE = Pattern.compile("(?i)\\b(aged?|\\d+[- ]years?[- ]old|years old|born)\\b");
    /** What a sentence giving a reason or a cause usually says. */
    private static final Pattern REASON = Pattern.compile("(?i)\\b(because|since|due to|owing to|as a result|reasons?"
            + "|amid|on suspicion|suspected|fears?|feared|concerns?|worr(y|ies|ied)|threats?|risks?|warn(ing|ings|ed)?"
            + "|so that|in order to|after|over|could|would|might|saying|lead to|leads to|led to|causes?|caused"
            + "|result in|for [\\w\\s]{1,40} to|to (protect|ensure|prevent|hinder|avoid|stop))\\b");
    /** A capitalised word inside a sentence (not the first word of a quotation, which is capitalised anyway). */
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\s(,])\\p{Lu}[\\p{L}\\d]+");
    private static final Set<String> PERSON_NOUNS = Set.of("employee", "minister", "secretary", "spokeswoman",
            "spokesman", "spokesperson", "chief", "head", "chairman", "chairwoman", "official", "critic", "analyst",
            "researcher", "president", "director", "leader", "member", "representative", "government", "officer",
            "journalist", "reporter", "correspondent", "editor");

    /**
     * Kinds of answer that are people by name: the person nouns, but not "which governments" (countries answer
     * that), "which members", "which representatives" or "the head of" (a description), with "politician" and "MP".
     */
    static final Set<String> PERSON_SLOTS = java.util.stream.Stream.concat(
                    PERSON_NOUNS.stream().filter(n -> !Set.of("head", "member", "representative", "government").contains(n)),
                    java.util.stream.Stream.of("politician", "mp"))
            .map(Terms::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final Set<String> PERSON_STEMS = PERSON_NOUNS.stream().map(Terms::stem)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "first", "second", "third");

    /** A body's name of capitalised words ending in what it is ("National Cyber Security Centre"). */
    private static final Pattern BODY_NAME = Pattern.compile("\\G(?:\\p{Lu}[\\p{L}]*\\s+)+"
            + "(?:Council|Committee|Centre|Center|Agency|Service|Department|Office|Commission|Authority|Ministry|Board"
            + "|Organisation|Organization|Institute|Bureau|Alliance|Parliament|Cabinet|Administration|Government)\\b");

    /** Whether the capitalised words starting at {@code at} run on into a body's name. */
    private static boolean inBodyName(String sentence, int at) {
        var m = BODY_NAME.matcher(sentence);
        return m.find(at) && m.start() == at;
    }

    /** Two capitalised words; pairs overlap ("Development Secretary Penny Mordaunt" holds "Penny Mordaunt"). */
    private static final Pattern FULL_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(?=(\\p{Lu}\\p{Ll}+)\\b)");

    /** Whether the sentence gives the person the question names a title of the kind asked ("Digital minister Margot James"). */
    private static boolean titles(Question q, String sentence) {
        List<String> tokens = Terms.tokens(sentence);
        String slot = Terms.stem(q.slot());
        for (int j = 0; j < tokens.size(); j++) {
            String word = tokens.get(j);
            if (q.names().stream().anyMatch(n -> n.contains(word))) {
                for (int k = Math.max(0, j - 3); k < j; k++) {
                    if (Terms.stem(tokens.get(k)).equals(slot)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> DEMONYMS = Set.of("scottish", "british", "english", "welsh", "irish", "chinese",
            "american", "polish", "german", "french", "japanese", "european", "australian", "canadian", "russian",
            "indian", "asian", "african", "northern", "southern", "eastern", "western", "national", "international");
    private static final Set<String> PLACES = Set.of("campus", "street", "road", "square", "hall", "house", "centre",
            "center", "park", "stadium", "arena", "airport", "station", "building", "tower", "palace", "avenue", "lane");

    /** Whether the sentence gives a person's full name (two capitalised words) the question does not. */
    static boolean namesPerson(Question q, String sentence) {
        var m = FULL_NAME.matcher(sentence);
        while (m.find()) {
            if (inBodyName(sentence, m.start())) {
                continue; // "the National Cyber Security Centre": a body, not a person
            }
            String first = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String last = m.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean common = Terms.isStop(first) || Terms.isStop(last) || TIME.matcher(m.group(1) + " " + m.group(2)).find()
                    || COUNTS.contains(first) // "Five Eyes" is no one's name
                    // nor, of a person asked for, "Scottish Event", "Event Campus", "Downing Street" (a name asked for may be a venue's)
                    || q.type() != Question.Type.NAME && (DEMONYMS.contains(first) || PLACES.contains(last));
            // "Chairman Guo" answers "who is the chairman": a title the question asks about, then a name it does not
            boolean title = PERSON_STEMS.contains(Terms.stem(first));
            boolean asked = (title ? Set.of(last) : Set.of(first, last)).stream().anyMatch(w -> q.terms().contains(w)
                    || q.proper().contains(w) || w.equals(q.slot()));
            if (!common && !asked) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a time the sentence gives is one the question does not already state ("Tuesday of which week":
     * the sentence saying "on Tuesday" does not answer).
     */
    private static boolean saysNew(Question q, java.util.regex.Matcher times) {
        while (times.find()) {
            if (!q.terms().containsAll(Terms.tokens(times.group()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence holds the kind of answer the question asks for: a name for who, a date for when,
     * a number of what is counted for how many, a reason for why, one of the kind named ("which newspaper").
     */
    /**
     * Whether a when-question that asks no particular unit is answered by the occasion the sentence names ("during
     * a recent press conference"); only a sentence stating all else the question asks can answer so.
     */
    static boolean namesOccasion(Question q, String sentence) {
        return q.type() == Question.Type.WHEN && q.slot().isEmpty() && OCCASION.matcher(sentence).find();
    }

    static boolean fits(Question q, Set<String> kind, String sentence, Lexicon lexicon) {
        long named = kind.isEmpty() ? 0 : Terms.tokens(sentence).stream().filter(kind::contains).distinct().count();
        if (!kind.isEmpty() && q.type() != Question.Type.HOW_MANY) {
            // "which newspaper": a sentence naming no newspaper does not answer; "which countries": one country does not
            if (named < (q.slot().endsWith("s") && !q.slot().endsWith("ss") ? 2 : 1)) {
                return false;
            }
        }
        if (q.quote() && !QUOTED.matcher(sentence).find()) {
            return false; // "what did he say in his own words": only a sentence quoting someone answers
        }
        if (q.type() == Question.Type.OTHER && !q.names().isEmpty() && saysSomething(q, lexicon)
                && !QUOTED.matcher(sentence).find()
                && Terms.tokens(sentence).stream().map(Terms::stem).noneMatch(lexicon.related(Terms.stem("say"))::contains)) {
            return false; // "what did Penny Mordaunt say": a sentence that quotes or reports no one saying anything does not answer
        }
        if (asksForOrganisation(q) && !ORGANISATION.matcher(sentence).find()) {
            return false; // "which body signed off": a sentence naming no organisation does not answer
        }
        switch (q.type()) {
            case WHO:
                if (q.predicate().isEmpty() && q.terms().stream().map(Terms::stem).anyMatch(PERSON_SLOTS::contains)) {
                    return namesPerson(q, sentence); // "who is the Defence Secretary": a name, not a description
                }
                return CAPITALISED.matcher(sentence).find()
                        || Terms.tokens(sentence).stream().map(Terms::stem).anyMatch(PERSON_NOUNS::contains);
            case NAME:
                return namesPerson(q, sentence);
            case WHEN:
                return saysNew(q, (q.slot().equals("time") ? CLOCK : q.slot().equals("month") ? MONTH
                        : q.slot().equals("year") ? YEAR
                        : q.slot().equals(EXACT_DATE) ? FULL_DATE
                        : CALENDAR_SLOTS.contains(q.slot()) ? CALENDAR_DATE : DATE).matcher(sentence));
            case EXAMPLE:
                return EXAMPLE.matcher(sentence).find();
            case WHERE:
                // "whereabouts in Britain is the testing centre": a place in Britain, not Britain or another country
                return q.within() ? namesPlaceWithin(q, sentence, lexicon) : CAPITALISED.matcher(sentence).find();
            case WHICH:
                // "which ministers opposed it": ministers are named ("Critics say the Chinese government ..." names none)
                // "Margot James is which minister": the question names the person, the answer is what they are
                return PERSON_SLOTS.contains(Terms.stem(q.slot())) ? namesPerson(q, sentence) || titles(q, sentence)
                        : namesSomethingNew(q, sentence);
            case HOW_MANY:
                // "how many countries": a number of countries, or the countries listed
                return counts(q, sentence, lexicon) || named >= 2;
            case HOW_LONG:
                return DURATION.matcher(sentence).find();
            case AGE:
                return AGE.matcher(sentence).find();
            case WHY:
                return REASON.matcher(sentence).find();
            default:
                return true;
        }
    }

    /** Whether the question asks what someone said ("what did she say", "what did he tweet"). */
    private static boolean saysSomething(Question q, Lexicon lexicon) {
        return q.terms().stream().anyMatch(SAY_WORDS::contains) && q.terms().stream().map(Terms::stem)
                .noneMatch(lexicon.kindStems(dev.storybot.knowledge.PassageKind.CAPTION)::contains);
    }

    private static final Set<String> SAY_WORDS = Set.of("say", "said", "saying", "tweet", "tweeted");

    /** Whether the question asks which organisation ("which body", "what agency"). */
    static boolean asksForOrganisation(Question q) {
        return ORGANISATION_NOUNS.contains(q.slot()) && q.type() != Question.Type.HOW_MANY;
    }

    /**
     * Whether the sentence gives a number of what the question counts ("all five countries" for "how many
     * countries"), or any number when the question names nothing to count.
     */
    private static boolean counts(Question q, String sentence, Lexicon lexicon) {
        boolean people = q.counted().equals("people") || q.counted().equals("persons");
        // "how many days": a number of days, though "day" alone names nothing in particular
        boolean unit = TIME_UNITS.contains(q.counted());
        if (!people && !unit && (q.counted().isEmpty() || Terms.isStop(q.counted()) || lexicon.isGeneric(q.counted()))) {
            return NUMBER.matcher(sentence).find();
        }
        Set<String> counted = new HashSet<>(lexicon.related(Terms.stem(q.counted())));
        if (people) {
            counted.addAll(PERSON_STEMS); // "how many people": five ministers, two employees
        }
        List<String> tokens = Terms.tokens(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            // "no material progress": none is how much progress
            if (NUMBER.matcher(tokens.get(i)).matches() || tokens.get(i).equals("no")) {
                for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                    if (counted.contains(Terms.stem(tokens.get(j)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");

    /** A capitalised name after "in" or "at": a place. */
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]+)");

    /** Whether the sentence names a place the question did not, other than a country ("in Glasgow", not "in Britain"). */
    private static boolean namesPlaceWithin(Question q, String sentence, Lexicon lexicon) {
        var m = PLACE.matcher(sentence);
        while (m.find()) {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!q.places().contains(w) && !q.proper().contains(w) && !q.terms().contains(w) && !lexicon.isCountry(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names someone or something (a capitalised word) the question did not. */
    private static boolean namesSomethingNew(Question q, String sentence) {
        var m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            if (!q.terms().contains(w) && !q.proper().contains(w) && !w.equals(q.slot())) {
                return true;
            }
        }
        return false;
    }

    private AnswerType() {
    }
}
