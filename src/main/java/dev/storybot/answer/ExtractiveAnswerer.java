package dev.storybot.answer;

import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.PassageKind;
import dev.storybot.knowledge.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The default answerer, with no language model. It scores every sentence of the retrieved passages against
 * the question (which topic words it supports, weighted by rarity; whether it holds the kind of answer asked
 * for: a name, a date, a number; how close its passage is in meaning), answers with the best sentence and
 * the sentences of other passages that add to it, each followed by its {@code [n]} marker, and abstains when
 * the story never mentions a topic word of the question or no sentence supports the question well enough.
 * Thread-safe (stateless after construction).
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final String NAME = "extractive";
    public static final String NOT_IN_STORY = "The story does not say. I could not find this in the knowledge base, so I won't guess.";

    /** Passages whose sentences are considered. */
    static final int PASSAGES = 14;
    /** Limit for the answer text, markers included; most answers are one sentence and far shorter. */
    static final int MAX_CHARS = 430;
    /** Least share of the question's topic (by rarity weight) a sentence must support to be an answer. */
    static final double MIN_COVERAGE = 0.5;
    static final int MAX_SENTENCES = 3;
    /** Score bonus for a sentence that explains a name of the question in brackets. */
    static final double DEFINES = 0.1;
    /** Rarity weight up to which a country is the story's setting (written in many of its passages). */
    static final double SETTING = 2.0;
    /** Least coverage of a sentence that answers a when-question by an occasion ("during a press conference"). */
    static final double OCCASION_COVERAGE = 0.9;

    /** Least coverage of a sentence that names one of the kind of thing asked for ("which newspaper"). */
    static final double KIND_COVERAGE = 0.4;
    /** Support for a word of what a response answered ("respond to the arrest"), stated a little before it. */
    static final double OCCASION_BEFORE = 0.9;
    /** Least coverage when the question has a word the knowledge never uses (weighted like its rarest known word). */
    static final double UNKNOWN_WORD_COVERAGE = 0.62;
    /** How much closer a passage may get to the question without its unknown words before they count as foreign to it. */
    static final double FOREIGN_SHIFT = 0.03;
    /** Similarity of question and passage above which a word the knowledge never uses does not make them foreign. */
    static final double CLOSE_IN_MEANING = 0.74;

    /** Rarity weight from which a question word is one the answer to a when or how-many question must state. */
    private static final double RARE = 2.5;
    /**
     * Least share (by weight) of a question's words other than names that a sentence must support when one of
     * them is a word the knowledge never uses.
     */
    private static final double ASKED_SHARE = 0.3;
    /** Least share of those words (by weight) the answer must state. */
    private static final double EVENT_SHARE = 0.6;
    private static final Set<Question.Type> FACT_TYPES = Set.of(Question.Type.WHEN, Question.Type.AGE,
            Question.Type.HOW_MANY, Question.Type.HOW_LONG);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractiveAnswerer.class);
    private final Lexicon lexicon = new Lexicon();

    /** A sentence of a retrieved passage with its scores. */
    private record Candidate(Passage passage, int sentenceIndex, String sentence, double coverage,
                             boolean supported, boolean typeOk, boolean leansOnPrevious, boolean setAside,
                             double score, String why) {
    }

    /**
     * A question term: its rarity weight, the stems that support it, whether the knowledge has it at all,
     * whether it was capitalised (a name), and whether it is the optional answer-type noun.
     */
    private record Term(String word, double idf, Set<String> stems, Set<String> spelled, boolean known, boolean proper,
                        boolean slot) {
    }

    @Override
    public Draft answer(String question, Evidence evidence, Consumer<String> partial) {
        List<Candidate> chosen = new ArrayList<>();
        String before = "";
        boolean unknownBefore = false;
        String focused = question.equals(evidence.question()) ? evidence.focused()
                : QuestionFocus.of(question, evidence.stats());
        for (String part : Question.parts(focused)) {
            Question read = Question.of(part, lexicon, evidence.stats());
            if (!before.isEmpty() && onlySaysTheForm(read)) {
                continue; // "... month and year would do": how to answer the question before, nothing new to answer
            }
            // "... and what's his name": a part without a topic of its own asks about the one before
            // "... and who chairs it?": whom or what "it" is, the part before says
            boolean topic = !read.terms().isEmpty();
            // "... what did she say": who "she" is, the names of the part before say
            boolean saidBySomeoneBefore = !before.isEmpty() && SAYING.containsAll(read.terms())
                    && PRONOUN_SUBJECT.matcher(part).lookingAt();
            boolean followUp = !topic || WHO_REFERS_BACK.matcher(part).find()
                    || read.names().isEmpty() && NAME_OF_SOMEONE_BEFORE.matcher(part).find();
            if (!topic && !before.isEmpty() && read.type() == Question.Type.YES_NO) {
                continue; // "... , is it named anywhere?": asks nothing the part before does not
            }
            // "What position did the Chancellor take ..., and did he support it?": "he" is someone the story never names
            if (unknownBefore && REFERS_TO_SOMEONE.matcher(part).lookingAt()) {
                continue;
            }
            String asked = before.isEmpty() || !followUp ? part : part + " " + before;
            if (saidBySomeoneBefore && !followUp) {
                Question earlier = Question.of(before, lexicon, evidence.stats());
                asked = part + " " + String.join(" ", earlier.proper());
            }
            before = part;
            unknownBefore = terms(read, evidence.stats(), part).stream().anyMatch(t -> !t.known() && t.proper() && t.word().length() > 2);
            List<Candidate> found = answerPart(asked, evidence);
            var howMany = HOW_MANY_PEOPLE.matcher(asked);
            // "how many ministers are named as being against it": the names answer, not "several ministers"
            if ((found.isEmpty() || NAMED_COUNT.matcher(asked).find()) && howMany.lookingAt()) {
                // "how many ministers were against it": the story gives no count, but names them all; a list
                // answers the count, one sentence ("chaired by the Prime Minister") does not
                List<Candidate> listed = answerPart("which " + asked.substring(howMany.end(1)), evidence);
                found = listed.size() >= 2 ? listed : found;
            }
            for (Candidate c : found) {
                if (chosen.stream().noneMatch(o -> o.passage().equals(c.passage()) && o.sentenceIndex() == c.sentenceIndex())) {
                    chosen.add(c);
                }
            }
        }
        if (chosen.isEmpty()) {
            return Draft.abstention(NOT_IN_STORY, NAME);
        }
        chosen.sort(IN_TEXT_ORDER);
        return compose(chosen);
    }

    private static final Comparator<Candidate> IN_TEXT_ORDER = Comparator.comparing((Candidate c) -> c.passage().source())
            .thenComparingInt(c -> c.passage().ordinal())
            .thenComparingInt(Candidate::sentenceIndex);

    /**
     * Whether the sentence explains a name the question gives, in brackets right after it ("#FiveEyes [a
     * security alliance between ...]", "the National Cyber Security Centre (NCSC)"): what the name is.
     */
    private static boolean defines(Question q, String sentence) {
        if (sentence.indexOf('[') < 0 && sentence.indexOf('(') < 0) {
            return false;
        }
        String folded = sentence.toLowerCase(java.util.Locale.ROOT).replace("#", "");
        for (Set<String> name : q.names()) {
            for (String word : name) {
                int at = folded.indexOf(word);
                while (at >= 0) {
                    int end = at + word.length();
                    String rest = folded.substring(end).stripLeading();
                    if (rest.startsWith("[") || rest.startsWith("(")) {
                        return true;
                    }
                    at = folded.indexOf(word, end);
                }
            }
        }
        return false;
    }

    /** What a reader may ask the bot to write ("a haiku about cybersecurity"): not a question about the story. */
    private static final Set<String> CREATIVE = Set.of("poem", "poems", "haiku", "haikus", "limerick", "sonnet",
            "song", "songs", "lyrics", "rap", "joke", "jokes", "riddle", "meme", "memes", "essay", "recipe");
    /** Words asking whose picture it is. */
    private static final Set<String> CREDIT_WORDS = Set.of("credit", "credits", "credited", "photographer", "photographers",
            "photog");
    /** Verbs that ask for one ("write", "tell me a joke"); "I need it for my essay" asks for no essay. */
    private static final Set<String> COMPOSE = Set.of("write", "compose", "tell", "make", "create", "generate",
            "draft", "sing", "give", "gimme", "invent", "do");

    /** Whether the question asks the bot to write something (a poem, a joke) rather than about the story. */
    private static boolean asksToCompose(String question) {
        List<String> tokens = Terms.tokens(question);
        return tokens.stream().anyMatch(CREATIVE::contains) && tokens.stream().anyMatch(COMPOSE::contains);
    }

    /** "What does PA stand for", "what is NCSC short for": the letters the answer must spell out. */
    private static final Pattern STANDS_FOR = Pattern.compile("(?i)\\b([\\p{L}\\d]{2,6})\\s+(?:(?:actually|really|even|exactly)\\s+)?"
            + "(?:stands?|is short|short)\\s+for\\b");

    /** A sentence that opens a quotation. */
    /** A quotation within a sentence, quotation marks included. */
    private static final Pattern QUOTATION = Pattern.compile("“[^”]*”?|\"[^\"]*\"?");
    /** Score penalty, scaled by their share, for the question's words a who-answer has only inside a quotation. */
    static final double QUOTED_ONLY = 0.3;
    private static final Pattern OPENS_QUOTE = Pattern.compile("\\s*[“\"‘]");

    /** A company the text names by what it is: "the firm", "the company's", "the Chinese tech giant". */
    private static final Pattern THE_FIRM = Pattern.compile("(?i)\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}(?:firm|company|giant)\\b");

    /** How much of the question the sentence after an event must cover to say when or where it happens. */
    static final double NEXT_COVERAGE = 0.4;

    /** A part of a question about someone the part before named: "did he support ...", "and what did she say". */
    private static final Pattern REFERS_TO_SOMEONE = Pattern.compile("(?i)^(?:(?:and|but|so|also)\\s+)?(?:\\p{L}+\\s+){0,2}"
            + "(?:he|she|him|her|his|they|them|their)\\b");
    /** "how many ministers does the article name": a count of the names it gives. */
    private static final Pattern NAMED_COUNT = Pattern.compile("(?i)\\b(?:names?|named|mentions?|mentioned|lists?|listed|cites?|cited|identif(?:y|ies|ied))\\b");
    /** "how many ministers ...": a count of people, which a list of their names answers when no number is given. */
    private static final Pattern HOW_MANY_PEOPLE = Pattern.compile("(?i)^\\W*(how many)\\s+(?:of\\s+(?:the\\s+)?)?"
            + "(?:cabinet\\s+)?(?:ministers|secretaries|politicians)\\b");
    /** The stem of a word for whoever leads a body; its synonyms ask for a role too. */
    private static final String LEADER = Terms.stem("chief");
    /** A part asking what someone the part before names said or thought ("... what did she say"). */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)\\W*(?:(?:and|but|so)\\s+)?what\\s+"
            + "(?:did|does|do|has|have|had|was|is|were|will|would)\\s+(?:he|she|they)\\b");
    private static final Set<String> SAYING = Set.of("say", "said", "says", "tell", "told", "think", "thought");
    /** A who-question that points back at the part before ("... and who chairs it?"). */
    private static final Pattern WHO_REFERS_BACK = Pattern.compile("(?i)^who\\b.*\\b(it|its|they|them|their|that)\\b");

    /** A part asking the name of someone the part before is about ("... like whats his first name"). */
    private static final Pattern NAME_OF_SOMEONE_BEFORE = Pattern.compile("(?i)\\b(his|her|their)\\s+(first\\s+|full\\s+|last\\s+|sur)?names?\\b");

    /** Words that say what form an answer takes ("month and year would do", "need a date"). */
    private static final Set<String> ANSWER_FORMS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "date", "dates", "time", "times", "name", "names", "number", "numbers", "figure", "ballpark", "need",
            "needs", "tell", "give", "share", "provide", "kindly", "only", "exact", "exactly", "just");

    /** Whether a part of a question asks nothing and only names the form of the answer. */
    private static boolean onlySaysTheForm(Question q) {
        return q.type() == Question.Type.OTHER && !q.terms().isEmpty() && ANSWER_FORMS.containsAll(q.terms());
    }

    /** The sentences answering one question, in text order, or none. */
    private List<Candidate> answerPart(String question, Evidence evidence) {
        CorpusStats stats = evidence.stats();
        Question q = Question.of(question, lexicon, stats);
        List<Term> terms = terms(q, stats, question);
        if (terms.stream().noneMatch(t -> !t.slot()) || evidence.hits().isEmpty() || namesUnknown(terms, q)
                || asksToCompose(question)) {
            return List.of();
        }
        // "who is the head of the NCSC": a sentence that names no head (or chief...) does not say who is
        // ("boss", "gaffer": whoever leads; "name the huawei chairman" asks the same of a leader)
        boolean roleAsked = (q.type() == Question.Type.WHO || q.type() == Question.Type.NAME) && q.predicate().isEmpty();
        // "what did the huawei chairman call the americans": a role the question names another way is not asked
        // for, but a sentence giving only another body's chairman is not about him either
        Set<String> role = q.terms().stream().filter(t -> q.type() == Question.Type.WHO && AnswerType.PERSON_STEMS.contains(Terms.stem(t))
                        || lexicon.related(Terms.stem(t)).contains(LEADER)).findFirst()
                        .map(t -> lexicon.related(Terms.stem(t))).orElse(Set.of());
        // "what does PA stand for": only a sentence that spells the letters out ("National Cyber Security Centre") answers
        var standsFor = STANDS_FOR.matcher(question);
        String spelled = standsFor.find() ? standsFor.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        // "who is Huawei's chairman": a sentence giving only another body's chairman does not say
        // (an owner is a name the story writes, such as Huawei or GCHQ, not "every" or "cabinet")
        Set<String> owner = role.isEmpty() ? Set.of() : RoleOwner.asked(question, role).stream()
                .filter(w -> (stats.isName(w) || stats.writesCapitalised(w)) && !Question.INSTITUTIONS.contains(w))
                .collect(java.util.stream.Collectors.toSet());
        if (!roleAsked && (q.type() != Question.Type.OTHER || !ownerBefore(question, role, owner)
                || q.names().stream().anyMatch(n -> n.size() >= 2 && intersects(n, owner)
                        && n.stream().noneMatch(AnswerType.ORGANISATION_NOUNS::contains)))) {
            // only "the huawei chairman", "huawei's chairman": an owner written right before the role, and not a
            // person's name ("what does Tom Tugendhat chair")
            role = Set.of();
        }
        // "what does the caption say", "picture caption quiz: ...": only a caption answers
        // (the label a quiz question opens with is left out of its focus, but still says where to look)
        boolean captionNamed = Terms.tokens(question).stream().anyMatch(CAPTION_WORDS::contains)
                || Terms.tokens(evidence.question()).stream().anyMatch(CAPTION_WORDS::contains)
                && Question.parts(evidence.focused()).size() == 1;
        List<Candidate> candidates = candidates(q, terms, roleAsked ? role : Set.of(), role, owner, spelled, captionNamed, evidence);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Candidate top = candidates.stream().filter(ExtractiveAnswerer::answers).findFirst().orElse(candidates.get(0));
        // "which newspaper broke the story": of the answers that cover the question as well, the one the story gives first
        Candidate best = !answers(top) || !FIRST_REPORT.matcher(question).find() ? top
                : candidates.stream().filter(c -> answers(c) && c.typeOk() && c.coverage() >= top.coverage() - CLOSE)
                        .min(IN_TEXT_ORDER).orElse(top);
        if (!answers(best) && best.supported() && (q.type() == Question.Type.WHO || q.type() == Question.Type.NAME)) {
            // "“There's a reason others have said no.”": a quotation that goes on from the paragraph before is
            // answered by whoever that paragraph says was speaking
            var before = neighbour(best, candidates, -1);
            if (OPENS_QUOTE.matcher(best.sentence()).lookingAt() && before.isPresent() && before.get().typeOk()
                    && before.get().sentence().length() + best.sentence().length() <= MAX_CHARS) {
                return List.of(before.get(), best);
            }
        }
        if (!answers(best) && (q.type() == Question.Type.WHO || q.type() == Question.Type.NAME)) {
            // "a Huawei employee was arrested ... Huawei later sacked the employee, named as Wang Weijing"
            // ... but "the name of the agent arrested with the employee" does not ask for the employee's
            boolean companion = q.type() == Question.Type.NAME && Terms.tokens(question).stream().anyMatch(COMPANION::contains);
            List<Candidate> named = companion ? List.of() : describedThenNamed(q, personNoun(q, question), candidates);
            if (!named.isEmpty()) {
                return named;
            }
        }
        if (!answers(best) && best.supported() && (q.type() == Question.Type.WHEN || q.type() == Question.Type.WHERE)) {
            // "the Five Eyes are to share a stage in the UK. Representatives ... will meet in Glasgow on Wednesday":
            // the sentence after the one about the event says when and where
            var next = neighbour(best, candidates, 1).filter(n -> n.typeOk() && n.coverage() >= NEXT_COVERAGE
                    && best.sentence().length() + n.sentence().length() <= MAX_CHARS);
            if (next.isPresent()) {
                return List.of(best, next.get());
            }
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("question type {} slot '{}' terms {}", q.type(), q.slot(),
                    terms.stream().map(t -> t.word() + (t.known() ? "" : "?") + String.format("%.1f", t.idf())).toList());
            candidates.stream().limit(Integer.getInteger("storybot.traceTop", 4)).forEach(c -> LOG.debug("  {} coverage {} supported {}{} type {} score {}: {}",
                    c.passage().id(), String.format("%.2f", c.coverage()), c.supported(), c.why(), c.typeOk(),
                    String.format("%.2f", c.score()), c.sentence()));
            LOG.debug("  top hit dense {}", String.format("%.3f", evidence.hits().get(0).dense()));
        }
        if (!answers(best)) {
            return List.of();
        }
        return choose(q, personNoun(q, question), best, candidates, SUMMARY.matcher(evidence.question()).find());
    }

    private List<Term> terms(Question q, CorpusStats stats, String question) {
        List<String> acronyms = Terms.acronyms(question);
        List<Term> out = new ArrayList<>();
        for (String word : q.terms()) {
            Term t = term(word, stats, q.proper().contains(word), false, q.type() == Question.Type.YES_NO);
            if (q.proper().contains(word)) {
                // "Prime Minister" is also "PM" where the text writes "PM": a name's acronym supports each of its
                // words (but "Defence Secretary" is not "Downing Street" for sharing initials)
                acronyms.stream().filter(a -> a.length() >= 2 && a.indexOf(word.charAt(0)) >= 0 && stats.writesAcronym(a))
                        .forEach(t.stems()::add);
            }
            out.add(t);
        }
        if (!q.slot().isEmpty()) {
            out.add(term(q.slot(), stats, false, true, false));
        }
        double rarestKnown = out.stream().filter(Term::known).mapToDouble(Term::idf).max().orElse(0);
        if (rarestKnown > 0) {
            out.replaceAll(t -> t.known() ? t : new Term(t.word(), rarestKnown, t.stems(), t.spelled(), false, t.proper(), t.slot()));
        }
        return out;
    }

    /**
     * A question word with what supports it; a yes-or-no question is also answered by the opposite ("did they
     * keep him on": "they sacked him").
     */
    private Term term(String word, CorpusStats stats, boolean proper, boolean slot, boolean yesNo) {
        String corrected = stats.correct(word);
        Set<String> stems = new HashSet<>();
        for (String w : new java.util.LinkedHashSet<>(List.of(word, corrected, unnegated(corrected, stats)))) {
            Set<String> group = lexicon.related(Terms.stem(w));
            if (yesNo && !proper) {
                stems.addAll(lexicon.opposites(Terms.stem(w)));
            }
            // a name is matched as written ("Downing" is not "down"), or by the names of the same thing ("US")
            if (!proper || group.size() > 1) {
                stems.addAll(group);
            }
            stems.add(w);
            stems.addAll(lexicon.membersOf(w)); // "european": Germany, France...

        }
        boolean known = stems.stream().anyMatch(s -> stats.frequency(s) > 0) || stats.hasWord(corrected);
        double idf = stems.stream().filter(s -> stats.frequency(s) > 0).mapToDouble(stats::idf).min()
                .orElse(known ? stats.idf(Terms.stem(corrected)) : stats.idf("\u0000unknown"));
        return new Term(word, idf, stems, Set.copyOf(stems), known, proper, slot);
    }

    /**
     * "unremediated" for a knowledge that writes "remediate" or a word for it: a word the knowledge never uses
     * without its "un-", when the rest is one it uses or has words for; otherwise the word itself. What the
     * question asks about is the same either way: whether the sentence says "not" is for the answer to say.
     */
    private String unnegated(String word, CorpusStats stats) {
        if (word.length() < 7 || !word.startsWith("un") || stats.knows(word) || stats.frequency(Terms.stem(word)) > 0) {
            return word;
        }
        String rest = word.substring(2);
        return stats.frequency(Terms.stem(rest)) > 0 || lexicon.related(Terms.stem(rest)).size() > 1 ? rest : word;
    }

    /**
     * A name in the question that the knowledge never mentions, or something of a name's it never mentions
     * ("Margot James's salary"): the story cannot be about it.
     */
    private static boolean namesUnknown(List<Term> terms, Question q) {
        return terms.stream().anyMatch(t -> !t.known() && (t.proper() || q.required().contains(t.word())));
    }

    private List<Candidate> candidates(Question q, List<Term> terms, Set<String> role, Set<String> ownedRole, Set<String> owner, String spelled,
                                       boolean captionNamed, Evidence evidence) {
        CorpusStats stats = evidence.stats();
        Set<String> questionStems = new HashSet<>();
        terms.forEach(t -> questionStems.addAll(t.stems()));
        boolean unknownWord = terms.stream().anyMatch(t -> !t.known() && !t.slot());
        // the rarest word; of two as rare, an acronym ("who runs the NCSC": the NCSC, not running); of words as
        // rare that are not acronyms, any one ("official statement ... conduct ... law": the law will do)
        Term top = terms.stream().filter(t -> t.known() && !t.slot()).max(Comparator.comparingDouble(Term::idf)
                .thenComparing(t -> stats.writesAcronym(t.word()))).orElse(null);
        Set<Term> tops = new HashSet<>();
        if (top != null) {
            boolean acronym = stats.writesAcronym(top.word());
            terms.stream().filter(t -> t.known() && !t.slot() && t.idf() >= top.idf() - 1e-9
                    && stats.writesAcronym(t.word()) == acronym).forEach(tops::add);
        }
        Set<String> kind = lexicon.instancesOf(q.type() == Question.Type.HOW_MANY ? q.counted() : q.slot());
        // "who took the photo": a caption is then the answer, not a side note
        boolean asksAboutPicture = captionNamed || terms.stream().anyMatch(t -> t.stems().contains("caption"));
        boolean asksAboutHeadline = terms.stream().anyMatch(t -> t.stems().contains("headline"));
        // "who took the photograph of Tom Tugendhat", "who is in the picture": only a caption says
        boolean captionOnly = captionNamed || asksAboutPicture && (q.type() == Question.Type.WHO || q.type() == Question.Type.NAME);
        // "who gave Huawei the green light": a speaker whose quotation says "Allowing Huawei ..." did not do it
        Set<String> sayStems = lexicon.related(Terms.stem("say"));
        boolean doerAsked = q.type() == Question.Type.WHO && !q.quote()
                && terms.stream().noneMatch(t -> intersects(t.stems(), sayStems));
        List<Candidate> out = new ArrayList<>();
        int rank = 0;
        for (Evidence.Hit hit : evidence.hits()) {
            if (rank >= PASSAGES) {
                break;
            }
            Passage p = hit.passage();
            double shift = hit.unknownWordsShift();
            // words the knowledge never uses are foreign to this passage when leaving them out brings the
            // question clearly closer to it ("breakfast" beside a minister's statement)
            // (not when the question is very close to the passage in meaning anyway: "did the oversight report find ...")
            boolean foreign = shift > FOREIGN_SHIFT && hit.dense() < CLOSE_IN_MEANING;
            Set<String> heading = stemSet(p.section());
            Set<String> headline = stemSet(stats.headline(p.source()));
            String lastBefore = stats.previous(p).map(prev -> last(Sentences.split(prev.text()))).orElse("");
            Set<String> before = stats.previous(p).map(prev -> stemSet(prev.text())).orElse(Set.of());
            // names may be two paragraphs back: "Five Eyes ... Representatives ... They will discuss ..."
            Set<String> earlier = stats.previous(p).flatMap(stats::previous).map(prev -> stemSet(prev.text())).orElse(Set.of());
            List<String> sentences = Sentences.split(p.text());
            String protagonist = stats.protagonist(p.source());
            List<Set<String>> sectionBefore = new ArrayList<>(); // filled when a name is looked for there

            for (int i = 0; i < sentences.size(); i++) {
                String s = sentences.get(i);
                Set<String> stems = stemSet(s);
                Set<String> context = new HashSet<>(headline);
                String previousText = i == 0 ? stats.previous(p).map(Passage::text).orElse("") : sentences.get(i - 1);
                Set<String> previous = i == 0 ? before : stemSet(previousText);
                // a name the text before lists only in an editor's gloss was not named there ("others have said no")
                Set<String> previousNames = previousText.indexOf('[') < 0 && previousText.indexOf('–') < 0
                        && previousText.indexOf('—') < 0 ? previous : stemSet(withoutGloss(previousText));
                // "They will discuss...": a sentence that opens by referring back continues the one before it
                double previousWeight = startsWithReference(s) ? 0.5 : 0.3;
                stems.addAll(lexicon.phraseStems(Terms.tokens(s)));
                stems.addAll(lexicon.kindStems(p.kind()));
                if (THE_FIRM.matcher(s).find() && !protagonist.isEmpty()) {
                    stems.add(protagonist); // "allow the firm limited access": the firm is the story's Huawei
                }
                double covered = 0;
                double total = 0;
                double topSupport = 0;
                double predicateSupport = 1;
                double asked = 0; // the words of the question other than names, and how much of them is supported
                double askedCovered = 0;
                double rareWeight = 0; // the question's rare words, and how much of them the sentence states
                double rareStated = 0;
                boolean leansOnPrevious = false;
                // "wasn't he arrested in Germany?": a sentence telling where it was (Poland) answers a yes-or-no question
                boolean namesCountry = q.type() == Question.Type.YES_NO && !q.places().isEmpty()
                        && lexicon.instancesOf("country").stream().anyMatch(c -> stems.contains(Terms.stem(c)));
                Set<String> supportedWords = new HashSet<>();
                // "#FiveEyes [a security alliance of the US, UK, Canada ...]": names an editor's gloss lists
                // "the Five Eyes intelligence alliance – the UK, Australia, Canada and New Zealand –": the same between dashes
                boolean mayGloss = s.indexOf('[') >= 0 || s.indexOf('–') >= 0 || s.indexOf('—') >= 0;
                var gloss = GLOSS.matcher(mayGloss ? s : "");
                boolean hasGloss = false;
                Set<String> glossed = new HashSet<>();
                Set<String> glossedWord = new HashSet<>();
                while (gloss.find()) {
                    hasGloss = true;
                    glossed.addAll(stemSet(gloss.group(2) != null ? gloss.group(2) : gloss.group(4)));
                    glossedWord.addAll(stemSet(gloss.group(1) != null ? gloss.group(1) : gloss.group(3)));
                }
                Set<String> outsideGloss = hasGloss ? stemSet(withoutGloss(s)) : stems;
                Set<String> unquoted = stems;
                if (doerAsked && QUOTATION.matcher(s).find()) {
                    String outside = QUOTATION.matcher(s).replaceAll(" ");
                    unquoted = stemSet(outside);
                    unquoted.addAll(lexicon.phraseStems(Terms.tokens(outside)));
                }
                double quotedWeight = 0; // question words the sentence has only inside a quotation
                boolean glossAsked = hasGloss && terms.stream().anyMatch(t -> !t.slot()
                        && (!t.proper() && intersects(t.stems(), glossed) || intersects(t.stems(), glossedWord)));
                // "how did Huawei respond to the Poland arrest": the arrest may be told just before the response
                // (not when the question has a word the knowledge never uses: the sentence must then say more itself)
                Set<String> lead = Set.of();
                if (!q.occasion().isEmpty() && !unknownWord) {
                    lead = new HashSet<>(previous);
                    lead.addAll(before);
                    lead.addAll(earlier);
                    for (int k = 0; k < i; k++) {
                        lead.addAll(stemSet(sentences.get(k)));
                    }
                }
                double responseWeight = 0; // the question's words other than the occasion's, and how much is stated
                double responseStated = 0;
                boolean statesOccasion = !q.occasion().isEmpty();
                for (Term t : terms) {
                    boolean ofOccasion = q.occasion().contains(t.word());
                    double support = intersects(t.stems(), stems) ? 1.0
                            : intersects(t.stems(), heading) ? 0.7
                            : ofOccasion && intersects(t.stems(), lead) ? OCCASION_BEFORE
                            : intersects(t.stems(), context) ? 0.5
                            : intersects(t.stems(), previous) ? previousWeight : 0.0;
                    boolean otherCountry = support == 0 && namesCountry && q.places().contains(t.word()) && lexicon.isCountry(t.word());
                    if (otherCountry) {
                        support = 0.5;
                    }
                    statesOccasion &= !ofOccasion || support == 1.0;
                    if (!ofOccasion && !t.proper() && !t.slot() && t.known()) {
                        responseWeight += t.idf();
                        responseStated += support >= 0.5 ? t.idf() : 0;
                    }
                    if (t.slot() && support < 1.0) {
                        continue; // the answer-type noun counts only when the sentence names it
                    }
                    covered += t.idf() * support;
                    total += t.idf();
                    if (support == 1.0 && !t.proper() && !intersects(t.stems(), unquoted)) {
                        quotedWeight += t.idf();
                    }
                    if (!t.proper()) {
                        asked += t.idf();
                        askedCovered += t.idf() * support;
                    }
                    // a name is there only when written out: "PM" stands for "Prime Minister", not for "Penny Mordaunt"
                    // "the UK's defence secretary": a country the whole story is about need not be named again
                    boolean named = otherCountry || support > 0 && mentions(t.spelled(), stems, heading, context, previousNames)
                            || support == OCCASION_BEFORE && intersects(t.spelled(), lead)
                            || i <= 1 && previousWeight == 0.5 && intersects(t.spelled(), earlier)
                            || t.proper() && lexicon.isCountry(t.word()) && t.idf() <= SETTING;
                    // "While the report said ...": the report the section named before ("a report from GCHQ and the NCSC")
                    if (!named && t.proper()) {
                        named = refersToNamed(t, s, p, stats, sectionBefore);
                    }
                    // ... are there as members of what it glosses: "did Canada ban Huawei" is not answered by it
                    if (named && t.proper() && hasGloss && !glossAsked && intersects(t.stems(), glossed)
                            && !intersects(t.stems(), outsideGloss) && intersects(t.stems(), stems)) {
                        named = false;
                    }
                    if (t.proper() ? named : support > 0) {
                        supportedWords.add(t.word());
                    }
                    if (tops.contains(t)) {
                        topSupport = Math.max(topSupport, support);
                    }
                    if (t.word().equals(q.predicate()) && t.known()) {
                        predicateSupport = support;
                    }
                    if (!t.slot() && !t.proper() && t.idf() >= RARE) {
                        rareWeight += t.idf();
                        rareStated += support >= 0.5 ? t.idf() : 0;
                    }
                    // "Huawei later sacked the employee, named as ...": a topic word only the sentence before states
                    leansOnPrevious |= support == previousWeight && !t.slot() && t.idf() >= 1.0;
                }
                double coverage = total == 0 ? 0 : covered / total;
                String previousSentence = i == 0 ? lastBefore : sentences.get(i - 1);
                boolean typeOk = AnswerType.fits(q, kind, leansOnPrevious ? previousSentence + " " + s : s, lexicon)
                        || coverage >= OCCASION_COVERAGE && AnswerType.namesOccasion(q, s);
                boolean informative = stems.stream().anyMatch(st -> !questionStems.contains(st) && !Terms.isStop(st));
                // a sentence about someone or something else than a name the question gives is no answer to it
                // ... and of a long name, most of it: the "National Security Council" is not the "National Cyber Security Centre"
                boolean namesCovered = q.names().stream().allMatch(name -> name.size() >= 3
                        ? 3 * name.stream().filter(w -> supportedWords.contains(w) || !q.terms().contains(w)).count() >= 2 * name.size()
                        : name.stream().anyMatch(w -> supportedWords.contains(w) || !q.terms().contains(w)));
                // "when did he start working there": a date for another event than the one asked about is no answer
                boolean eventCovered = !FACT_TYPES.contains(q.type()) || rareStated >= EVENT_SHARE * rareWeight;
                // "what sentence did Wang Weijing receive": the names alone do not make a sentence about him an answer
                boolean aboutAsked = q.names().isEmpty() || asked == 0 || !unknownWord
                        || askedCovered >= ASKED_SHARE * asked;
                // "which newspaper ...": a sentence naming one (the Telegraph) needs less of the rest of the question
                boolean kindNamed = (!kind.isEmpty() || AnswerType.asksForOrganisation(q)) && typeOk && !leansOnPrevious;
                // "which official chairs the review": a sentence on the review that says nothing of chairing it is no answer
                // "how did Huawei respond to the arrest": a sentence telling of the arrest, and not of a response, is none
                boolean responds = !statesOccasion || responseStated >= 0.5 * responseWeight;
                boolean didIt = responds && predicateSupport >= 0.5 && (role.isEmpty() || intersects(role, stems) || intersects(role, heading))
                        && (ownedRole.isEmpty() || !RoleOwner.onlyOthers(s, ownedRole, owner, lexicon));
                // a sentence that asks ("Why has PM defied ministers ...?") answers nothing, unless the headline is asked about
                boolean asks = s.strip().endsWith("?") && !asksAboutHeadline;
                boolean spelledOut = spelled.isEmpty() || Terms.acronyms(s).contains(spelled);
                boolean supported = (!captionOnly || p.kind() == PassageKind.CAPTION) && namesCovered && eventCovered && aboutAsked && didIt && !(unknownWord && foreign) && !asks && spelledOut
                        && coverage >= (kindNamed ? KIND_COVERAGE : unknownWord ? UNKNOWN_WORD_COVERAGE : MIN_COVERAGE)
                        && (top == null || topSupport >= 0.5 || coverage >= 0.6 || kindNamed);
                boolean setAside = !q.excluded().isEmpty() && intersects(q.excluded(), stems);
                double score = coverage
                        + (defines(q, s) ? DEFINES : 0)
                        + 0.6 * hit.dense()
                        + (setAside ? -0.3 : 0)
                        - (total == 0 ? 0 : QUOTED_ONLY * quotedWeight / total)
                        + (typeOk ? 0.1 : 0)
                        + (informative ? 0 : -0.4)
                        + (p.kind() == PassageKind.BODY || p.kind() == PassageKind.CAPTION && asksAboutPicture
                                || p.kind() == PassageKind.HEADLINE && asksAboutHeadline ? 0 : -0.25)
                        - 0.01 * rank;
                // what kept a sentence from being an answer, for the trace
                String why = !LOG.isDebugEnabled() || supported ? "" : " (" + (namesCovered ? "" : "names ")
                        + (eventCovered ? "" : "event ") + (didIt ? "" : "predicate ") + (aboutAsked ? "" : "asked ") + (unknownWord && foreign ? "foreign " : "")
                        + (top == null || topSupport >= 0.5 || coverage >= 0.6 ? "" : "top ") + (unknownWord ? "unknown" : "") + ")";
                out.add(new Candidate(p, i, s, coverage, supported, typeOk, leansOnPrevious, setAside, score, why));
            }
            rank++;
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    private static boolean answers(Candidate c) {
        return c.supported() && c.typeOk();
    }

    /** "summarise the report", "the main points of it": the sentences that go on about what the best one says. */
    private static final Pattern SUMMARY = Pattern.compile("(?i)\\b(?:main|key|major) (?:points?|findings?|takeaways?)\\b"
            + "|\\bsummar(?:y|ise|ize)\\b|\\bgist\\b|\\boverview\\b|\\btl;? ?dr\\b|\\brundown\\b|\\bin a nutshell\\b");
    /** How far below the best sentence an adjacent one may score and still go on with it. */
    private static final double CONTINUES = 0.5;
    private static final double SUMMARY_CONTINUES = 0.8;

    /**
     * The best sentence, plus sentences of other passages that answer too and add something new: those
     * that score nearly as well, and those that continue the best one's section in the next or previous
     * paragraph (an answer that runs over several paragraphs, such as a list of names).
     */
    private List<Candidate> choose(Question q, Set<String> person, Candidate best, List<Candidate> ranked, boolean summary) {
        List<Candidate> chosen = new ArrayList<>();
        chosen.add(best);
        if (best.passage().kind() == PassageKind.CAPTION && q.terms().stream().anyMatch(CREDIT_WORDS::contains)) {
            // "pic credit on the 'not pictured' caption": the caption's credit line says whose picture it is
            ranked.stream().filter(c -> c.passage().equals(best.passage()) && c != best
                    && c.sentence().stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("credit"))
                    .findFirst().ifPresent(chosen::add);
        }
        if (best.leansOnPrevious()) {
            neighbour(best, ranked, -1).ifPresent(chosen::add);
        } else if ((q.type() == Question.Type.WHO || q.type() == Question.Type.NAME) && !AnswerType.namesPerson(q, best.sentence())) {
            // "a Huawei employee ... was arrested. Huawei later sacked the employee, named as Wang Weijing":
            // the next sentence names whom the best one only describes
            Set<String> who = describedIn(person, q, best.sentence());
            neighbour(best, ranked, 1).filter(n -> AnswerType.namesPerson(q, n.sentence()) && refersBack(who, n.sentence()))
                    .filter(n -> best.sentence().length() + n.sentence().length() <= MAX_CHARS).ifPresent(chosen::add);
        }
        Set<String> seen = new HashSet<>();
        chosen.forEach(c -> seen.addAll(stemSet(c.sentence())));
        boolean added = true;
        while (added && chosen.size() < MAX_SENTENCES) {
            added = false;
            for (Candidate c : ranked) {
                if (chosen.size() >= MAX_SENTENCES) {
                    break;
                }
                if (chosen.contains(c) || !answers(c) || c.setAside() || c.passage().kind() != PassageKind.BODY
                        || length(chosen) + c.sentence().length() > MAX_CHARS) {
                    continue;
                }
                boolean close = c.score() >= best.score() - 0.12;
                boolean continues = c.score() >= best.score() - (summary ? SUMMARY_CONTINUES : CONTINUES) && adjacentInSection(c, chosen);
                Set<String> stems = stemSet(c.sentence());
                long novel = stems.stream().filter(st -> !seen.contains(st) && !Terms.isStop(st)).count();
                if ((close || continues) && novel >= 3) {
                    chosen.add(c);
                    seen.addAll(stems);
                    added = true;
                }
            }
        }
        if (q.type() == Question.Type.WHO || q.type() == Question.Type.NAME || q.type() == Question.Type.WHICH) {
            // "Hunt and Javid are among those against. Defence Secretary Gavin Williamson was another": one more of them
            for (Candidate c : List.copyOf(chosen)) {
                neighbour(c, ranked, 1).filter(n -> !chosen.contains(n) && ANOTHER.matcher(n.sentence()).find()
                        && chosen.size() < MAX_SENTENCES && length(chosen) + n.sentence().length() <= MAX_CHARS).ifPresent(chosen::add);
            }
        }
        chosen.sort(IN_TEXT_ORDER);
        return chosen;
    }

    /** "Defence Secretary Gavin Williamson was another": one more of those the sentence before speaks of. */
    /** "broke the story", "first reported": who reported it first, which the story says where it first attributes it. */
    private static final Pattern FIRST_REPORT = Pattern.compile("(?i)\\b(?:broke|break|breaks|breaking) (?:the|this) (?:story|news)\\b"
            + "|\\bfirst (?:reported|report|revealed|reveal|broke|published|ran)\\b|\\boriginally (?:reported|revealed)\\b|\\bscooped\\b");
    /** How far below the best answer's coverage of the question another counts as about as good. */
    private static final double CLOSE = 0.05;

    static final Pattern ANOTHER = Pattern.compile("^[^,;:]{0,60}\\b(?:was|is|were|are) (?:another|one more|also one)\\b");

    /** A supported sentence describing someone, with the next sentence that gives their name, if any. */
    private List<Candidate> describedThenNamed(Question q, Set<String> person, List<Candidate> ranked) {
        for (Candidate c : ranked) {
            if (!c.supported()) {
                continue;
            }
            Set<String> who = describedIn(person, q, c.sentence());
            var next = neighbour(c, ranked, 1).filter(n -> AnswerType.namesPerson(q, n.sentence()) && refersBack(who, n.sentence())
                    && c.sentence().length() + n.sentence().length() <= MAX_CHARS);
            if (next.isPresent()) {
                return List.of(c, next.get());
            }
        }
        return List.of();
    }

    /**
     * The sentence just before ({@code step} -1) or after (+1) {@code c}, in its passage or in the next or
     * previous paragraph of its section, if that was retrieved and scored.
     */
    private static java.util.Optional<Candidate> neighbour(Candidate c, List<Candidate> ranked, int step) {
        Passage p = c.passage();
        java.util.Optional<Candidate> inside = ranked.stream().filter(o -> o.passage().equals(p)
                && o.sentenceIndex() == c.sentenceIndex() + step).findFirst();
        if (inside.isPresent()) {
            return inside;
        }
        return ranked.stream().filter(o -> o.passage().source().equals(p.source())
                        && o.passage().section().equals(p.section()) && o.passage().ordinal() == p.ordinal() + step)
                .filter(o -> o.passage().kind() == PassageKind.BODY)
                .max(Comparator.comparingInt(o -> step * -o.sentenceIndex()));
    }

    private static String last(List<String> sentences) {
        return sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
    }

    /** Pronouns for a person ("what's his name"). */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");

    /**
     * The stems naming the person the question asks about: its first word for a person ("worker" in "the name
     * of the Huawei worker"), with the words of the same meaning ("employee"); any word for a person when it
     * first names someone only as "the guy" or "the bloke"; empty when it names no one, or someone only as "the
     * bloke" next to someone else ("the name of the intelligence bloke arrested along with the employee" is not
     * asking for the employee's).
     */
    private Set<String> personNoun(Question q, String question) {
        List<String> tokens = Terms.tokens(question);
        for (String t : tokens) {
            if (VAGUE_PERSONS.contains(t)) {
                // "the huawei guy caught in poland": any word for a person may refer back to him, except one the
                // question uses for someone else ("the bloke arrested along with the employee")
                boolean others = tokens.stream().map(Terms::stem).anyMatch(AnswerType.PERSON_STEMS::contains);
                return others ? Set.of() : AnswerType.PERSON_STEMS;
            }
            Set<String> related = lexicon.related(Terms.stem(t));
            if (q.terms().contains(t) && related.stream().anyMatch(AnswerType.PERSON_STEMS::contains)) {
                return related;
            }
        }
        // "who was arrested in Poland, what's his name": whoever the answer describes
        return q.type() == Question.Type.NAME && tokens.stream().anyMatch(PERSON_PRONOUNS::contains) ? AnswerType.PERSON_STEMS : Set.of();
    }

    /** Whether the question writes an owner right before its role word ("the huawei chairman", "Huawei's chairman"). */
    private static boolean ownerBefore(String question, Set<String> role, Set<String> owner) {
        List<String> words = Terms.tokens(question).stream().map(w -> w.replaceFirst("['’]s$", "")).toList();
        for (int i = 1; i < words.size(); i++) {
            if (role.contains(Terms.stem(words.get(i)))) {
                return owner.contains(Terms.stem(words.get(i - 1)));
            }
        }
        return false;
    }

    private static final Set<String> CAPTION_WORDS = Set.of("caption", "captions", "captioned", "subtitle", "legend");
    private static final Set<String> COMPANION = Set.of("with", "alongside", "besides");
    private static final Set<String> VAGUE_PERSONS = Set.of("guy", "bloke", "man", "woman", "person", "chap",
            "fella", "fellow", "lady", "gentleman", "dude", "someone", "somebody", "lad", "geezer", "oke");

    /**
     * Who "the guy" of the question is among the people a sentence mentions: the one whose surrounding words the
     * question shares most ("the Polish intelligence man": the member of the Polish intelligence service, not the
     * Huawei employee); of two as well described, the one the sentence names first, its subject; the person as
     * given when the question names what they are.
     */
    private Set<String> describedIn(Set<String> person, Question q, String sentence) {
        if (!person.equals(AnswerType.PERSON_STEMS)) {
            return person;
        }
        Set<String> asked = new HashSet<>();
        q.terms().forEach(t -> asked.add(Terms.stem(t)));
        List<String> tokens = Terms.tokens(sentence);
        String best = null;
        int bestShared = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String stem = Terms.stem(tokens.get(i));
            if (!AnswerType.PERSON_STEMS.contains(stem)) {
                continue;
            }
            int shared = 0;
            for (int j = Math.max(0, i - 5); j <= Math.min(tokens.size() - 1, i + 5); j++) {
                shared += j != i && asked.contains(Terms.stem(tokens.get(j))) ? 1 : 0;
            }
            if (shared > bestShared) {
                best = stem;
                bestShared = shared;
            }
        }
        return best == null ? Set.of() : lexicon.related(best);
    }

    /** Whether the sentence refers back to that person ("... the employee, named as ..."). */
    private static boolean refersBack(Set<String> person, String sentence) {
        List<String> tokens = Terms.tokens(sentence);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equals("the") && person.contains(Terms.stem(tokens.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static int length(List<Candidate> chosen) {
        return chosen.stream().mapToInt(c -> c.sentence().length() + 4).sum();
    }

    private static boolean adjacentInSection(Candidate c, List<Candidate> chosen) {
        Passage p = c.passage();
        return chosen.stream().map(Candidate::passage).anyMatch(o -> o.source().equals(p.source())
                && o.section().equals(p.section()) && !o.section().isEmpty() && Math.abs(o.ordinal() - p.ordinal()) == 1);
    }

    /** Joins the chosen sentences, numbering one citation per passage in order of appearance. */
    private static Draft compose(List<Candidate> chosen) {
        Map<String, List<Candidate>> byPassage = new LinkedHashMap<>();
        for (Candidate c : chosen) {
            byPassage.computeIfAbsent(c.passage().id(), k -> new ArrayList<>()).add(c);
        }
        List<Citation> citations = new ArrayList<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (var e : byPassage.entrySet()) {
            List<Candidate> cs = e.getValue();
            Passage p = cs.get(0).passage();
            int n = citations.size() + 1;
            numbers.put(e.getKey(), n);
            citations.add(new Citation(n, p.source(), p.location(), p.text(), quote(p.text(), cs)));
        }
        StringBuilder text = new StringBuilder();
        for (Candidate c : chosen) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(c.sentence()).append(" [").append(numbers.get(c.passage().id())).append(']');
        }
        return new Draft(text.toString(), false, citations, NAME);
    }

    /** The verbatim span of the passage from its first chosen sentence to its last. */
    private static String quote(String passage, List<Candidate> sentences) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Candidate c : sentences) {
            int at = passage.indexOf(c.sentence());
            start = Math.min(start, at);
            end = Math.max(end, at + c.sentence().length());
        }
        return passage.substring(start, end);
    }

    private static final Set<String> REFERENCES = Set.of("they", "he", "she", "it", "this", "these", "those",
            "his", "her", "their", "its", "such", "there");

    /** Whether the sentence opens with a word that refers back to what came before. */
    private static boolean startsWithReference(String sentence) {
        List<String> tokens = Terms.tokens(sentence);
        return !tokens.isEmpty() && REFERENCES.contains(tokens.get(0));
    }

    /** How many paragraphs back a "the report" may point to the report a paragraph of its section names. */
    private static final int REFERENCE_REACH = 3;
    /** "the report": a thing named by a common noun (not "the Telegraph"). */
    private static final Pattern DEFINITE = Pattern.compile("\\b[Tt]he\\s+(\\p{Ll}[\\p{L}-]*)");

    /**
     * Whether the sentence speaks of "the X" and an earlier paragraph of its section names an X together with the
     * name {@code t}: "the report" after "a recent report from GCHQ" is GCHQ's.
     */
    private static boolean refersToNamed(Term t, String sentence, Passage p, CorpusStats stats,
                                         List<Set<String>> sectionBefore) {
        Set<String> definite = new HashSet<>();
        var the = DEFINITE.matcher(sentence);
        while (the.find()) {
            definite.add(Terms.stem(the.group(1)));
        }
        if (definite.isEmpty()) {
            return false;
        }
        if (sectionBefore.isEmpty()) {
            var earlier = stats.previous(p);
            for (int k = 0; k < REFERENCE_REACH && earlier.isPresent(); k++) {
                sectionBefore.add(stemSet(earlier.get().text()));
                earlier = stats.previous(earlier.get());
            }
        }
        return sectionBefore.stream().anyMatch(before -> intersects(t.spelled(), before) && intersects(definite, before));
    }

    private static Set<String> stemSet(String text) {
        Set<String> out = new HashSet<>();
        for (String t : Terms.tokens(text)) {
            out.add(Terms.stem(t));
            out.add(t);
        }
        out.addAll(Terms.acronyms(text));
        return out;
    }

    /** An editor's gloss in square brackets, with the word it explains before it. */
    private static final Pattern GLOSS = Pattern.compile("(\\S+)\\s*\\[([^\\]]{3,200})\\]"
            + "|((?:\\S+\\s+){0,2}\\S+)\\s+[–—]\\s+([^–—]{3,200}?)\\s+[–—]");

    /** The text without what its glosses list: "#FiveEyes [a security alliance ...]" is "#FiveEyes". */
    private static String withoutGloss(String text) {
        return GLOSS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                (m.group(1) != null ? m.group(1) : m.group(3)) + " "));
    }

    private static boolean mentions(Set<String> spelled, Set<String> sentence, Set<String> heading, Set<String> context,
                                    Set<String> previous) {
        return intersects(spelled, sentence) || intersects(spelled, heading) || intersects(spelled, context)
                || intersects(spelled, previous);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
