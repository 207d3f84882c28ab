package dev.storybot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
            // "whats the spy guys name again, wang something?": a half-remembered answer
            + "|,\\s*\\p{L}+\\s+(?:something|sth|smth|summat|whatever)\\s*(?=\\?*\\s*$)"
            + "|(?<=\\?\\s)(or )?(was it|is it|were they|was that)\\b[^?]*\\?"
            // "the employee arrested for spying - that was in germany wasn't it?": a guess with a tag after a dash
            + "|\\s+[-–—]\\s+(?:that|this|it|he|she|they)\\s+(?:was|is|were|are|did|does)\\b[^?.!—–-]*\\b(?:wasn't|isn't|weren't|aren't|didn't|doesn't)\\s+(?:it|he|she|they)\\s*\\?+\\s*$");
    /** A statement with a tag that asks to confirm it: "huawei has fixed it, hasn't it?", "nobody named him, right?". */
    private static final Pattern TAGGED = Pattern.compile("(?i)^(?:so\\s+|and\\s+|but\\s+)?(.*?)[,\\s]+(?:(?:isn't|wasn't|aren't|weren't"
            + "|didn't|doesn't|hasn't|haven't|won't|isnt|wasnt|arent|werent|didnt|doesnt|hasnt|havent|wont|is|was|did|does)\\s+(?:he|she|it|they|there)|right|innit|surely)\\s*\\?*\\s*$");
    /**
     * Analysts' shorthand, matched with its case: "HW kit" is Huawei's (lower-case "hw" is chat for "how"), "PL"
     * is Poland ("pl" may be "please").
     */
    private static final java.util.Map<String, String> SHORTHAND_WORDS = java.util.Map.of("HW", "Huawei", "PL", "Poland",
            "USG", "US government", "CNI", "critical national infrastructure", "natsec", "national security");
    private static final Pattern SHORTHAND = Pattern.compile("\\b(HW|PL|USG|CNI|natsec)\\b");
    /** A closing line after the question: "Thanks in advance, Grandpa Tom", "Cheers, Dave", "Kind regards". */
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)(?<=[.!?])\\s+(?:many |huge |big )?(?:thanks|thank you|thank u"
            + "|cheers|regards|kind regards|best wishes|best|love|ta|much appreciated)\\b[^?]*$");
    /** "@storybot", "<@1234>": the bot or someone addressed, not asked about. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@])@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]|<@[!&]?\\d+>"
            // emoji as Discord writes them: ":skull:", and a server's own "<:pepe:1234>"
            + "|<a?:\\w+:\\d+>|(?<![\\p{L}\\p{N}]):[a-z0-9_+-]{2,32}:(?![\\p{L}\\p{N}])");
    /** Hashtags closing a post ("... or just antennas? #NotMyNetwork #Huawei"): tags, not words of the question. */
    private static final Pattern TRAILING_TAGS = Pattern.compile("(?:\\s+#[\\p{L}\\p{N}_]+)+\\s*$");
    /** "whereabouts in Glasgow is it": where. */
    private static final Pattern WHEREABOUTS = Pattern.compile("(?i)(^|[,;]\\s+(?:and\\s+)?|\\b(?:and|so)\\s+)where\\s?abouts\\b(?=\\s+\\w)");
    /**
     * Question words of learners' first languages in an English question: Spanish ("por que the trump
     * administration ..."), French ("quand the NSC has agreed"), Portuguese ("quem is the head of GCHQ"), Mandarin
     * pinyin ("weishenme huawei sack him"),
     * Cantonese romanisation as Hong Kong English writes it ("dim gaai", "gei do").
     */
    private static final java.util.Map<String, String> FOREIGN_WORDS = Lexicon.pairs(
            "por que:why", "porque why", "que what", "quien who", "quienes who", "cuando when", "donde where", "cuantos how many",
            "cuantas how many", "segun according to", "cual which", "pourquoi why", "quand when", "ou where",
            "qui who", "quoi what", "combien how many", "quel which", "quelle which", "quels which", "quelles which",
            "selon according to", "quem who", "quando when", "onde where", "quantos how many", "quantas how many",
            "qual which", "quais which", "weishenme why", "shenme shihou:when", "shenme what", "shei who",
            "nali where", "duoshao how many", "zenme how", "naxie which", "nage which", "dim gaai:why", "dim gai:why",
            "gei do:how many", "mat ye:what", "mud ye:what", "bin go:who", "bin dou:where", "gei si:when",
            "dim yeung:how", "por ejemplo:for example", "par exemple:for example");
    private static final Pattern FOREIGN = Pattern.compile("(?i)(?<![\\p{L}'’])(por\\s+qu[eé]|porqu[eéê]|qu[eé]|qui[eé]n(?:es)?|cu[aá]ndo"
            + "|d[oó]nde|cu[aá]nt[oa]s|seg[uú]n|cu[aá]l|pourquoi|quand|o[uù]|qui|quoi|combien|quel(?:le)?s?|selon|quem|quando|onde|quant[oa]s|qual|quais|weishenme"
            + "|shenme\\s+shihou|shenme|shei|nali|duoshao|zenme|naxie|nage|dim\\s+gaai|dim\\s+gai|gei\\s+do|mat\\s+ye|mud\\s+ye"
            + "|bin\\s+go|bin\\s+dou|gei\\s+si|dim\\s+yeung|por\\s+ejemplo|par\\s+exemple)(?![\\p{L}'’])");
    /**
     * An aside in brackets that guesses or comments ("(their NSA basically?)", "(i think)", "(lol)"): a question
     * mark, a first-person word or a hedge inside.
     */
    private static final Pattern ASIDE = Pattern.compile("(?i)\\s*\\((?=[^()]*(\\?|\\bi\\b|\\bi'm\\b|\\bguess|\\bbasically"
            + "|\\bthink|\\bmaybe|\\bprobably|\\blol\\b|\\blmao\\b|\\bright\\b|\\bhaha|\\basking\\b|\\bbc\\b|\\bbecause\\b|\\bus\\b|\\bwe\\b|\\bmy\\b|\\bour\\b|!))[^()]{1,120}\\)"
            + "|,\\s*(?:sounds|seems|looks|feels) like\\b[^?.!]*|,\\s*(?:its|it's) giving\\b[^?.!]*|,\\s*let me guess\\b.*$"
            + "|\\s*\\b[Yy]\\s*/\\s*[Nn]\\b\\??"
            // "..., as none of us are very technical": why the asker asks, not what
            // "(2 marks)": what an exam question is worth; ", convenient much": sarcasm
            + "|\\s*\\(\\s*\\d+\\s*marks?\\s*\\)|,\\s*\\p{L}+ much\\s*[?!.]*\\s*$"
            + "|,\\s*(?:as|because|since|cos|coz|seeing as)\\s+(?=(?:\\S+\\s+){0,3}(?:i|i'm|we|we're|us|my|our|me)\\b)[^?.!]*");
    /**
     * "... - bullish or bearish?", "... - lone insider or corporate?": the asker's framing in a word or two a side
     * that the story never uses.
     */
    private static final Pattern FRAMING = Pattern.compile("(?i)\\s*[-–—:,]\\s*(\\p{L}+(?:\\s+\\p{L}+)?)\\s+or\\s+(\\p{L}+(?:\\s+\\p{L}+)?)\\s*(\\?*)\\s*$");
    /** "what % of the network": a share asked for; "20%": per cent. */
    private static final Pattern PERCENT = Pattern.compile("(\\d)?\\s*%");
    /** "why would they exaggerate, just protecting $AAPL and friends?": a guess at the reason after a why-question. */
    private static final Pattern GUESSED_REASON = Pattern.compile("(?i)^(why\\b[^,?]*),\\s+(?:just|only|maybe|probably|perhaps|presumably"
            + "|surely|simply|to)\\s+[^,?]*(\\?*)\\s*$");
    private static final Pattern SELF_CORRECTION = Pattern.compile("(?i)^.*?(?:[-–—,.;]|\\.\\.\\.)\\s*(?:oh\\s+|er+\\s+|um+\\s+)?"
            + "(?:sorry|i mean|scratch that|correction|no wait|wait no)\\s*[,:-]?\\s+(?=(?:what|which|who|whom|whose|when|where|why|how"
            + "|did|does|do|is|are|was|were|has|have|had|can|could)\\b)");
    /** A stock ticker ("$AAPL"): a market chat's shorthand the story never uses. */
    private static final Pattern TICKER = Pattern.compile("\\$[A-Z]{1,5}\\b");
    /** "Private Pike (sorry, Defence Sec Gavin Williamson)": the name the asker corrects to replaces the one before. */
    private static final Pattern CORRECTION = Pattern.compile("(?:\\p{Lu}[\\p{L}'-]*\\s+){0,3}\\p{Lu}[\\p{L}'-]*\\s*"
            + "\\((?i:sorry|oops|i mean|sorry,? i mean|er|erm|um|ahem|cough|cough cough|aka|a\\.k\\.a\\.)[,:]?\\s+([^()]{1,80})\\)");
    /** "what are their job titles, i genuinely lose track of ...": a remark about the asker after the question. */
    private static final Pattern ASKERS_REMARK = Pattern.compile("(?i)^((?:what|which|who|whom|whose|when|where|why|how|is|are|was"
            + "|were|do|does|did|has|have|had|can|could|will|would)\\b[^,?]*[^,?\\s])\\s*,\\s*(?:(?:and|but|tbh|honestly|lol|sure look|sure)\\s+)?"
            + "(?:i|i'm|im|i've|ive)\\s+(?!mean\\b|wonder\\b|wondered\\b)[^?.!]*[.!]*\\s*$");
    /**
     * Formal phrasings of plain questions: "what became of X" (what happened to X), "so far as X was concerned"
     * (regarding X), "is it in fact the case that" (is it true that).
     */
    private static final Pattern BECOME_OF = Pattern.compile("(?i)\\bwhat (?:has |had |will )?(?:become|became) of\\b");
    private static final Pattern FAR_AS = Pattern.compile("(?i)\\b(?:in )?(?:so|as) far as ([^,?;]{1,60}?) (?:is|was|are|were|goes|went) concerned\\b");
    private static final Pattern THE_CASE = Pattern.compile("(?i)\\b(is|was) it (?:(?:in fact|really|actually|indeed|truly) )?the case that\\b");
    /** "since when did ...": when. */
    private static final Pattern SINCE_WHEN = Pattern.compile("(?i)\\bsince when\\b");
    /**
     * "at which venue and day is the session held": two questions, where and when, each about the rest of the
     * sentence.
     */
    private static final Pattern PLACE_AND_TIME = Pattern.compile("(?i)\\b((?:at|in|on)\\s+)?(which|what)\\s+"
            + "(venue|place|location|city|town|country|day|date|time|year|month)\\s+and\\s+(?:(?:which|what)\\s+)?"
            + "(venue|place|location|city|town|country|day|date|time|year|month)\\b([^?.!]*)");
    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("day", "date", "time", "year", "month");
    /** "how long since they were told", "how long has it been since": how long ago. */
    private static final Pattern HOW_LONG_SINCE = Pattern.compile("(?i)\\bhow long(?: has it been| is it| it's been)? since\\b");
    /** "a complete list of", "an exhaustive list": a list. */
    private static final Pattern FULL_LIST = Pattern.compile("(?i)\\b(?:complete|full|comprehensive|exhaustive|entire|whole|hale) (?:list|roster|rundown|line-?up)\\b");
    /** "..., together with their respective portfolios": one more thing to give with the answer. */
    private static final Pattern TOGETHER_WITH = Pattern.compile("(?i),?\\s+(?:together|along)(?: if possible)? with (?:their|his|her|its)\\b");
    /** "Having served some years in Whitehall myself, ...": a clause about the asker, set off by commas. */
    private static final Pattern ABOUT_MYSELF = Pattern.compile("(?i)(?<=^|[,.!?;]\\s)(?!(?:what|which|who|whom|whose|when|where|why|how)\\b)"
            + "[^,.!?;]*\\b(?:myself|ourselves)\\b[^,.!?;]*(?:,\\s*|(?=[?.!]))");
    /** "Canada and New Zealand, did they ban huawei?": the topic put first, then a question about it by pronoun. */
    private static final Pattern TOPIC_FIRST = Pattern.compile("^((?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*\\s+){0,5}[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)"
            + "\\s*,\\s+((?i:(?:so\\s+)?(?:did|do|does|is|are|was|were|has|have|had|can|could|will|would|what|which|who|when|where|why|how)\\b)"
            + "[^?,]*?)\\b((?i:they|them|it|he|him|she|these two \\p{L}+|those two \\p{L}+|both of them|the two of them"
            + "|their|its|his|her))\\b");
    /** The pronouns that stand for the topic's possessive ("their jobs": the topic's jobs). */
    private static final Set<String> POSSESSIVES = Set.of("their", "its", "his", "her");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]{1,120})\\)");

    /** Whether most words of a bracketed gloss are words the story never uses (nor any word for them). */
    private static String topicFirst(String question) {
        var m = TOPIC_FIRST.matcher(question);
        if (!m.find()) {
            return question;
        }
        boolean possessive = POSSESSIVES.contains(m.group(3).toLowerCase(Locale.ROOT));
        String topic = m.group(1);
        List<String> words = Terms.tokens(topic);
        if (words.isEmpty() || PHRASE_OPENERS.contains(words.get(0)) || OPENERS.contains(words.get(0))
                || words.stream().anyMatch(w -> Question.WH.contains(w) || Question.AUXILIARIES.contains(w) || FIRST_PERSON.contains(w)
                || REQUEST_VERBS.contains(w) || TEXT_NOUNS.contains(w) || w.startsWith("there") || w.equals("regarding"))) {
            return question; // "so tell me, did they ...", "in its statement, what does it ...": not a topic
        }
        return m.group(2) + topic + (possessive ? "'s" : "") + question.substring(m.end());
    }

    private static boolean foreignGloss(String inside, CorpusStats stats) {
        List<String> words = Terms.tokens(inside).stream().filter(w -> !Terms.isStop(w) && !LEXICON.isGeneric(w)).toList();
        long known = words.stream().filter(w -> storyWord(w, stats) || stats.knows(Terms.stem(w))).count();
        return !words.isEmpty() && 2 * known < words.size();
    }

    /** "kinda", "sorta": kind of, sort of. */
    private static final Pattern KINDA = Pattern.compile("(?i)\\b(kind|sort)a\\b");
    /**
     * The other answer a yes-or-no question offers ("has he been caught, or is it all hypothetical?", "... or
     * are we weird"): answering the question answers it, and its words are not what is asked about.
     */
    private static final Pattern OR_ALTERNATIVE = Pattern.compile("(?i)^((?:(?:so|and|but|ok|okay|well|yo|wait|right)\\s+){0,2}(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\\b"
            + "[^?]{8,}?),?\\s+or\\s+(?:is|are|was|were|would|will|does|do|did|has|have|it's|its|is it|are we|not|nah|no|what|wha|wot|whit|just)\\b[^?]*");
    /** A yes-or-no question with an alternative after "or", whatever it is. */
    private static final Pattern ANY_ALTERNATIVE = Pattern.compile("(?i)^((?:(?:so|and|but|ok|okay|well|yo|wait|right)\\s+){0,2}"
            + "(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\\b[^?]{8,}?),?\\s+or\\s+([^?]*)");
    /** "w/o" and "w/": without and with. */
    private static final Pattern WITH_WITHOUT = Pattern.compile("(?i)\\bw/(o\\b)?");
    /** What a polite asker wraps around the question ("I wondered whether you could tell me ..."). */
    private static final Pattern POLITE = Pattern.compile("(?i)\\b((i('m| am| was) (just )?wondering|i wonder(ed)?),?( whether| if)?"
            + "( you could( please)? (tell|remind|explain to) me)?"
            + "|i('d| would) (be (most |very )?grateful|like to know|like to hear|love to know)"
            + "( if you could( please)?( tell me| explain| let me know)?)?|forgive me for asking,?( but)?"
            + "|(could|would|can|will) you (please |kindly )?(tell|remind|explain to|let) (me|us)( know)?"
            + "|(would|could) you be so (good|kind) as to( tell me)?|(would|could) you be (good|kind) enough to( (tell|give|let) (me|us)( know)?)?|(could|would|can|will) you (please |kindly )?enlighten (me|us)|(kindly |please )?do the needful( and)?|(may|might|could|can) i (please )?(ask|enquire|inquire)( you)?(?= (the|what|which|who|whom|whose|when|where|why|how|whether|if|about)\\b)|i('d| would) be (much |most |very |greatly )?obliged( (for|if)( you (would|could))?)?|if you('d| would) be so kind|if you please"
            + "|if it (isn't|is not) too much trouble|forgive me,?( but)?|i('m| am) (rather |very |most |just )?curious( as to| about| to know)?|i('m| am) not sure i followed"
            + "|i didn't quite (follow|catch|understand|get)|i didn't follow|if possible|in their own words|please"
            + "|(i )?need (all of them|them all|every one of them|every name|all the names)|in (plain|simple) (words|english|terms)|in lay(man|men|person)['’]?s terms|not just the first (couple|few|one|two)( of them)?|sure look|if (my )?memory serves( me)?|if i (recall|remember)( (correctly|rightly))?"
            + "|(as of|at) the time of (the |this )?(article|piece|story|writing|publication|report)|as of (the |this )?(article|piece|story|writing)|at the time|back then|as (given|stated|described|mentioned|listed|set out|laid out) in (the|this) (piece|article|story|text)|(near|at) the (top|bottom|start|end|beginning)( of (the )?(article|piece|story|page))?|per (the|this) (article|piece|story)|when (he|she|they)('s|s| is| are|'re|re) (at home|not \\w+ing)|when (this|the) (article|story|piece) was written|according to (this( article| story| piece)?|the (article|story|piece))"
            + "|(i )?need (it|this|that) for (the|my|our|a) \\w+|for (my|our|the|a) (homework|essay|assignment|coursework"
            + "|class|project|revision|exam)|(?<=^|[.!?]\\s)(i )?(really |just )?need( to know)?(?= )|(?<=^|[.!?]\\s)i want to know(?= )"
            // "I heard huawei fixed ...", "... was fine with it i assume": what the asker heard or supposes
            + "|(?<=^|[.!?]\\s|true that\\s)(i('ve| have)? (heard|read)|someone (told|said to) me|people (say|are saying))( that)?(?= )"
            + "|(?<=\\S)\\s*,?\\s*i (assume|presume|suppose|imagine)(?=\\s*[?.!]*\\s*$))\\b,?");
    /**
     * Greetings, thanks and apologies around a question ("Good morning all.", "Thank you kindly.", "Many thanks
     * in advance.", "apologies if this has been asked already"): they ask nothing.
     */
    private static final Pattern COURTESY = Pattern.compile("(?i)(?<=^|[.!?,]\\s|^\\s)(?:good (?:morning|afternoon|evening|day)"
            + "|hello|hiya|hi|howzit|greetings|dear)(?: (?:all|everyone|everybody|friends|folks|there|team|both|okes|guys|lads))?\\s*[,.!]*(?=\\s)"
            + "|\\b(?:(?:many|huge|big) )?thanks(?: (?:so much|very much|ever so much|a lot|a million|in advance|all|everyone|again))*\\b[.!]*"
            + "|\\bthank (?:you|u|ye)(?: (?:so much|very much|ever so much|kindly|in advance|all|everyone|again|for your help|for reading))*\\b[.!]*"
            + "|\\bmuch appreciated\\b[.!]*|\\bcheers\\b[.!]*(?=\\s*$)"
            + "|(?:,?\\s*(?:and )?(?:my )?)?\\b(?:apologies|sorry|forgive me) if (?:this|that|it)(?: question)? (?:has|have|'s) (?:been|already been) (?:asked|answered|covered)(?: already| before)?\\b[.!]*"
            + "|\\bpardon my (?:memory|ignorance|poor memory)\\b,?"
            // "Excuse me, ...", "Sorry for trouble, ...", "... Sorry long question"
            + "|(?<=^|[.!?,]\\s|^\\s)(?:excuse me|sorry|pardon(?: me)?)(?!,?\\s+(?:to|if)\\b)(?:,? (?:(?:for|about) )?(?:the |my |this |a )?(?:trouble|bother"
            + "|inconvenience|(?:long|stupid|dumb|silly|basic|simple|naive) question|disturbing(?: you)?|interrupting|asking))?\\s*[,.!]*(?=\\s|$)"
            + "|\\b(?:so )?sorry to (?:bother|trouble|interrupt|pester)(?: (?:you|everyone|everybody|you all|all))?\\b[,.!]*"
            + "|,\\s*(?:i\\s+)?(?:missed|need|want|wanna|gotta|have to|going to)\\s+(?:it|this|that|to\\s+(?:say|read|use|put|quote|mention)\\s+(?:it|this|that))\\b[^?]*[?]*\\s*$"
            + "|\\b(?:(?:to |we can |i can )?read (?:it )?out )?on (?:the )?air\\b"
            + "|\\b(?:sorry|apologies|forgive me),? if (?:this|that|it) (?:is|'s|sounds like|seems like) (?:a|an) (?:[\\w-]+ ){0,2}question\\b,?(?: but)?"
            // "Forgive what may be a rather elementary question, but ...", "..., pray, did ..."
            + "|\\b(?:forgive|pardon|excuse)(?: me for)? (?:what (?:may|might|must) (?:be|seem) |this |my |the )?(?:(?:a|an) )?"
            + "(?:(?:rather|very|somewhat|quite|perhaps|an?) )?(?:[\\w-]+ )?question\\b,?(?: but)?|,\\s*pray(?: tell)?\\s*,|\\bpray tell\\b,?");
    /**
     * A question asked inside a statement ("I've forgotten which day of the week they met", "I can't remember
     * who chairs it"): what follows the question word is asked.
     */
    private static final Pattern EMBEDDED = Pattern.compile("(?i)\\b(?:i(?:'ve| have)? forgotten|i forget|i can(?:'t|not) "
            + "(?:remember|recall)|i don't (?:remember|recall|know)|i do not (?:remember|recall|know)|i'm not sure|i am not sure"
            + "|i've no idea|i have no idea|no idea|i wonder|i(?:'d| would)? (?:want|like|love) to know|i'd like to ask"
            + "|(?:wanted|wants|would like|would love|asked me|asks me) to know|(?:wanted|wants) to ask|asked me|asks me)"
            + "(?:\\s+(?:exactly|precisely|just))?\\s+(?=(?:what|which|who|whom|whose|when|where|why|how)\\b)");
    /**
     * Where a long scene-setting clause gives way to the question in the same sentence ("My late husband always
     * said the Prime Minister chairs everything, so who chaired that meeting?").
     */
    private static final Pattern LATER_QUESTION = Pattern.compile("(?i)(?:,\\s+(?:(?:so|then|well|but)\\s+)?,?\\s*|\\s+but\\s+)"
            + "(?=(?:what|which|who|whom|whose|when|where|why|how|whats|whos|wheres|hows)\\b)");
    /** Words that open a phrase of the question rather than a statement ("Apart from Hunt and Javid, which ..."). */
    private static final Set<String> PHRASE_OPENERS = Set.of("in", "on", "at", "for", "from", "to", "by", "with",
            "during", "under", "after", "before", "apart", "aside", "besides", "except", "other", "according", "as",
            "since", "given", "regarding", "about", "of", "among", "unlike", "like", "including", "excluding", "beyond",
            "out", "not", "leaving", "counting", "ignoring", "setting");
    /** How many words a clause before a later question must have to be scene-setting ("In January, who ..." is not). */
    private static final int SCENE_WORDS = 6;
    /** A guess after a question: "Was it a Thursday?", "Or was it Hungary?", "Is it Jeremy Hunt?". */
    private static final Pattern AFTERTHOUGHT = Pattern.compile("(?i)\\s*(?:or\\s+)?(?:was it|is it|were they|was that|was he|was she)\\s+"
            + "(?:a|an|the|on|in|at)?\\s*[^?]{0,30}\\?$");
    /** "Not merely 'Tuesday' - the date pls": what the asker does not want, after the question. */
    private static final Pattern NOT_MERELY = Pattern.compile("(?i)\\s*not (?:just|merely|only|simply)\\b");
    /** Words by which a short follow-up says what form the answer takes ("got a quote?"): no guess. */
    private static final Set<String> FORM_WORDS = Set.of("quote", "quotes", "quotation", "words", "name", "names", "date",
            "dates", "list", "number", "numbers", "source", "sources", "link", "day", "year", "when", "where", "who", "why");
    /** Words that open an aside about why one asks ("curious how our government handles it", "asking because ..."). */
    private static final Set<String> BECAUSE = Set.of("because", "cos", "coz", "bc", "cause", "cuz", "bcoz", "bcos");
    private static final Set<String> ASKERS_ASIDE = Set.of("curious", "asking", "wondering", "context", "background");
    /** Words that open a remark about the asker ("I always get them confused", "My memory is poor"). */
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i've", "i'd", "im", "ive", "my", "me", "we",
            "we've", "we're", "our");
    /** Verbs that open a request rather than a statement: "Tell me who ...", "Name the ministers". */
    private static final Set<String> REQUEST_VERBS = Set.of("tell", "give", "gimme", "name", "list", "explain", "describe",
            "summarise", "summarize", "say", "show", "quote", "spell", "define", "compare", "outline", "identify", "state",
            "please", "pls", "plz", "kindly", "include", "add", "mention", "provide", "share", "confirm", "clarify");
    /** A tag that makes a statement ask: "... dont she", "... innit", "..., right". */
    private static final Pattern TAG = Pattern.compile("(?i)\\b(?:(?:do|does|did|is|was|are|were|has|have|had|wo|ca|could|would)"
            + "n['’]?t(?:\\s+(?:she|he|it|they|we|you|i))?|innit|right|eh)\\W*$");
    /** Words that open a clause depending on the question ("If they found nothing, does that mean ..."). */
    private static final Set<String> SUBORDINATORS = Set.of("if", "when", "while", "after", "before", "once", "since",
            "unless", "because", "as", "though", "although");
    /** A question may open with one of these before its question word ("so who ...", "and when ..."). */
    private static final Set<String> OPENERS = Set.of("so", "and", "n", "but", "ok", "okay", "well", "then", "now", "yo",
            "wait", "also", "hey", "right");
    /** Where a sentence ends, or a scene-setting clause before a dash or colon gives way to the question. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?:\\s+[-–—:]|;)\\s+(?=(?i:what|which|who|whom"
            + "|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|can|could|will|would)\\b)|(?<=\\w):\\s+");
    /** "who it is that chairs", "which minister it was who leaked", "where was it that": a cleft says "who chairs". */
    private static final Pattern CLEFT = Pattern.compile("(?i)\\b(it (is|was) (that|who)|(is|was) it that|it (is|was)(?= (who|that)\\b))\\s");
    /** A question that opens with when-, if- or after-clause before asking: "When X happened, what did Y say?" */
    private static final Pattern QUIZ_LABEL = Pattern.compile("(?i)^\\s*(?:t\\s*(?:or|/)\\s*f|true\\s*(?:or|/)\\s*false|fact\\s+or\\s+fiction)"
            + "\\s*(?:[-:–—?.]\\s*)+");
    private static final Pattern SUBORDINATE_FIRST = Pattern.compile("(?i)^((?:when|while|after|before|once|since|if)\\b"
            + "[^,?]{3,80}),\\s*((?:what|which|who|whom|how|why|where|did|does|do|is|are|was|were|has|have|can)\\b[^?]*\\??)");

    /**
     * The question without the hashtags that close it, unless the question needs them ("what is #FiveEyes"): the
     * words before end the sentence or are not a word like "is" or "about" that asks for what follows.
     */
    static String withoutTags(String question) {
        Matcher m = TRAILING_TAGS.matcher(question);
        if (!m.find()) {
            return question;
        }
        String before = question.substring(0, m.start()).strip();
        List<String> words = Terms.tokens(before);
        if (words.isEmpty()) {
            return question;
        }
        return before.matches("(?s).*[?!.]$") || !Terms.isStop(words.get(words.size() - 1)) ? before : question;
    }

    /**
     * The question without what a chatty asker wraps around it: courtesies, guesses that may be wrong, and in
     * the sentences that only set the scene ("I was reading about the Huawei business."), the words the
     * knowledge never uses. A plain question comes back unchanged.
     */
    static String of(String question, CorpusStats stats) {
        question = Hinglish.toEnglish(question); // "NSC ne kaunse din agree kiya?": which day did the NSC agree?
        question = Pidgin.toEnglish(question); // "wetin MI6 chief yarn?": what did the MI6 chief say?
        question = German.toEnglish(question); // "Warum hat Huawei den Mitarbeiter entlassen?": why has Huawei sacked ...
        question = withoutTags(MENTION.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").strip());
        question = SHORTHAND.matcher(question).replaceAll(m -> SHORTHAND_WORDS.get(m.group()));
        // "Thanks in advance, Grandpa Tom": a closing line, and the name signs it
        question = SIGN_OFF.matcher(question).replaceAll("").strip();
        question = WHEREABOUTS.matcher(question).replaceAll("$1where");
        question = FOREIGN.matcher(question).replaceAll(m -> FOREIGN_WORDS.get(
                java.text.Normalizer.normalize(m.group(1).toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").replaceAll("\\s+", " ")));
        question = PLACE_IN_TEXT.matcher(question).replaceAll(" ").replaceAll("\\s+([?,.!])", "$1").replaceAll("^[\\s,]+", "").strip();
        question = QUIZ_LABEL.matcher(question).replaceFirst(""); // "T or F - Margot James confirmed ...": the statement is asked
        question = topicFirst(question);
        // "what's Beijing's excuse this time - oh sorry, what did Huawei's statement say?": the question corrected
        question = SELF_CORRECTION.matcher(question).replaceAll("");
        question = TICKER.matcher(question).replaceAll("shares");
        question = GUESSED_REASON.matcher(question).replaceAll("$1$2");
        // ("..., BT or Vodafone?": names the asker offers as the answer are kept; the story must name them)
        question = FRAMING.matcher(question).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                offered(m.group(1), stats) || offered(m.group(2), stats) ? m.group() : m.group(3)));
        question = PERCENT.matcher(question).replaceAll(m -> m.group(1) == null ? " percentage" : m.group(1) + " percent");
        question = CORRECTION.matcher(question).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1).strip()));
        question = BECOME_OF.matcher(question).replaceAll("what happened to");
        question = FAR_AS.matcher(question).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("regarding " + m.group(1)));
        question = THE_CASE.matcher(question).replaceAll("$1 it true that");
        question = FULL_LIST.matcher(question).replaceAll("list");
        question = SINCE_WHEN.matcher(question).replaceAll("when");
        question = HOW_LONG_SINCE.matcher(question).replaceAll("how long ago");
        question = PLACE_AND_TIME.matcher(question).replaceAll(m -> TIME_NOUNS.contains(m.group(3).toLowerCase(Locale.ROOT))
                == TIME_NOUNS.contains(m.group(4).toLowerCase(Locale.ROOT)) ? java.util.regex.Matcher.quoteReplacement(m.group())
                : java.util.regex.Matcher.quoteReplacement((m.group(1) == null ? "" : m.group(1)) + m.group(2) + " " + m.group(3)
                        + m.group(5) + "? and " + m.group(2) + " " + m.group(4) + m.group(5)));
        question = TOGETHER_WITH.matcher(question).replaceAll(" and their");
        question = ABOUT_MYSELF.matcher(question).replaceAll("");
        question = ASKERS_REMARK.matcher(question).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        // "did the PM (their version of a president i guess?) greenlight it": an aside, not what is asked
        question = ASIDE.matcher(question).replaceAll(" ").replaceAll("\\s+([?,.!])", "$1").strip();
        // "(transparency/assurance play)": a gloss in words the story does not use says nothing it can answer
        question = BRACKETS.matcher(question).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                foreignGloss(m.group(1), stats) ? " " : m.group())).replaceAll("\\s+([?,.!])", "$1").strip();
        String t = CLEFT.matcher(WITH_WITHOUT.matcher(question).replaceAll(m -> m.group(1) == null ? "with " : "without"))
                .replaceAll(" ");
        t = KINDA.matcher(t).replaceAll(m -> m.group(1) + " of");
        t = withoutAlternative(t, stats);
        String guessed = GUESS.matcher(t).replaceAll(" . ").replaceAll("([?!])\\s*\\.", "$1").replaceAll("[—–,]\\s*\\.", ".");
        // "downing street confirmed the report, didn't they?": a statement the tag asks to confirm is the question
        t = Terms.tokens(guessed).isEmpty() ? t : guessed;
        List<String> words = Terms.tokens(t);
        if (TAGGED.matcher(t).matches() && !words.isEmpty() && words.stream().noneMatch(Question.WH::contains)
                && !Question.AUXILIARIES.contains(words.get(0)) && t.indexOf('?') == t.lastIndexOf('?')) {
            t = "is it true that " + TAGGED.matcher(t).replaceFirst("$1") + "?";
        }
        t = COURTESY.matcher(t).replaceAll(" ");
        t = POLITE.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").replaceAll("\\s*,\\s*$", "").strip();
        // "When the company issued its statement, what did it say?": the question is the main clause
        t = SUBORDINATE_FIRST.matcher(t).replaceFirst("$2 $1");
        String[] sentences = SENTENCE_END.split(t);
        if (sentences.length < 2 && !EMBEDDED.matcher(t).find() && laterQuestion(t, true) < 0) {
            return t.isEmpty() ? question : t;
        }
        StringBuilder out = new StringBuilder();
        boolean asked = false; // whether a sentence before asked something
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i];
            var embedded = EMBEDDED.matcher(sentence);
            if (embedded.find()) {
                // "... but I've forgotten which day of the week the NSC agreed": the scene, then the question
                keepKnownWords(sentence.substring(0, embedded.start()), stats, out);
                out.append(". ").append(sentence.substring(embedded.end())).append(' ');
                asked = true;
                continue;
            }
            List<String> opening = Terms.tokens(sentence);
            // "Who is head of the NCSC? Not GCHQ, NCSC please": which one is meant, already asked
            boolean notThatOne = opening.size() <= 6 && !opening.isEmpty() && opening.get(0).equals("not")
                    && opening.stream().noneMatch(Question.WH::contains) && opening.stream().noneMatch(Question.AUXILIARIES::contains);
            if (asked && (AFTERTHOUGHT.matcher(sentence).lookingAt() || NOT_MERELY.matcher(sentence).lookingAt() || notThatOne
                    || sentence.endsWith("?") && opening.size() <= 3
                    && opening.stream().noneMatch(Question.WH::contains) && opening.stream().noneMatch(Question.AUXILIARIES::contains)
                    && opening.stream().noneMatch(FORM_WORDS::contains)
                    || !opening.isEmpty() && ASKERS_ASIDE.contains(opening.get(0)))) {
                continue; // "... which day they met. Was it a Thursday?": a guess at the answer, which may be wrong
            }
            // "... build the WHOLE network?? or just antennas n stuff": the other answer offered is one the story may give
            if (asked && opening.size() > 2 && opening.get(0).equals("or") && offersAnAnswer(" " + sentence, "", stats)) {
                int end = out.length();
                while (end > 0 && (out.charAt(end - 1) == '?' || Character.isWhitespace(out.charAt(end - 1)))) {
                    end--;
                }
                out.setLength(end);
                out.append(' ').append(sentence).append(' ');
                continue;
            }
            // "... on what day?? because the timeline is a mess": why the asker asks; "cabinet or smth else": a guess
            if (asked && !opening.isEmpty() && (BECAUSE.contains(opening.get(0)) || opening.size() <= 6 && opening.contains("or")
                    && !opening.contains("yes") && !opening.contains("no") && opening.stream().noneMatch(w -> Question.WH.contains(Lexicon.expand(w)) || Question.AUXILIARIES.contains(w)))) {
                continue;
            }
            int later = laterQuestion(sentence, i == sentences.length - 1);
            if (later >= 0) {
                // "... the article names the MI6 chief and the GCHQ head but who's in charge of ...": a remark on the text
                if (!asked || !saysSomethingOfTheAsker(Terms.tokens(sentence.substring(0, later)))) {
                    keepKnownWords(sentence.substring(0, later), stats, out);
                }
                out.append(". ").append(sentence.substring(later)).append(' ');
                asked = true;
                continue;
            }
            // "... I always get the secretaries confused.": a remark about oneself after the question asks nothing
            if (asked && !sentence.endsWith("?") && saysSomethingOfTheAsker(opening)) {
                continue;
            }
            // "Was anybody sacked over it? Huawei sacked their man after all.": a statement after the question
            if (asked && i == sentences.length - 1 && !sentence.endsWith("?") && sentences[i - 1].endsWith("?")
                    && opening.size() >= 4 && !TAG.matcher(sentence).find() && !Question.AUXILIARIES.contains(opening.get(0))
                    && !OPENERS.contains(opening.get(0)) && !SUBORDINATORS.contains(opening.get(0))
                    && opening.stream().noneMatch(w -> Question.WH.contains(Lexicon.expand(w)) || REQUEST_VERBS.contains(w)
                            || w.equals("yes") || w.equals("no") || w.equals("or"))) {
                continue;
            }
            boolean asks = sentence.endsWith("?") || i == sentences.length - 1 && opening.size() > 2 || !opening.isEmpty()
                    && (Question.WH.contains(opening.get(0)) || Question.AUXILIARIES.contains(opening.get(0)) || opening.size() > 1
                    && OPENERS.contains(opening.get(0)) && Question.WH.contains(opening.get(1))
                    || opening.size() > 3 && opening.get(0).equals("list") && opening.get(1).equals("of")); // "list of the ministers who ..."
            if (asks) {
                // "genuine q not trolling: did they find any evidence ... or is it all vibes": the asked sentence's own
                out.append(i == 0 ? sentence : withoutAlternative(sentence, stats)).append(' ');
                asked = true;
                continue;
            }
            // "im a retired electrician so I know a bit about wiring but nothing about networks.": the asker's own
            // background, which names nothing of the story, is no part of the question
            if (!asked && opening.stream().filter(FIRST_PERSON::contains).count() >= 2 && !namesAny(sentence, stats)) {
                continue;
            }
            keepKnownWords(sentence, stats, out);
            out.append(". ");
        }
        String focused = out.toString().replaceAll("\\s+\\.", ".").replaceAll("(\\.\\s*)+", ". ").replaceAll("^[.\\s]+", "").strip();
        return focused.isEmpty() ? question : focused;
    }

    /** Whether words the asker offers as an answer may be the story's: a name, or a word the story uses. */
    private static boolean offered(String words, CorpusStats stats) {
        return java.util.Arrays.stream(words.split("\\s+")).anyMatch(w -> Character.isUpperCase(w.charAt(0)))
                || Terms.tokens(words).stream().anyMatch(w -> storyWord(w.toLowerCase(Locale.ROOT), stats));
    }

    /**
     * A yes-or-no question without the other answer it offers, when that answer is not one the story may give
     * ("... or is it all vibes", "did huawei fire the spy guy or stick by him").
     */
    private static String withoutAlternative(String t, CorpusStats stats) {
        t = OR_ALTERNATIVE.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                offersAnAnswer(m.group(), m.group(1), stats) ? m.group() : m.group(1)));
        return ANY_ALTERNATIVE.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                Terms.tokens(m.group(2)).stream().anyMatch(w -> storyWord(w, stats)) ? m.group() : m.group(1)));
    }

    /**
     * Where the question starts in a sentence that opens with a long statement and ends asking ("..., so who
     * chaired that meeting?"; the last sentence may leave out its question mark), or -1.
     */
    private static int laterQuestion(String sentence, boolean last) {
        List<String> opening = Terms.tokens(sentence);
        if (!sentence.endsWith("?") && !last || opening.isEmpty() || Question.WH.contains(opening.get(0))
                || Question.AUXILIARIES.contains(opening.get(0)) || PHRASE_OPENERS.contains(opening.get(0))) {
            return -1;
        }
        var m = LATER_QUESTION.matcher(sentence);
        while (m.find()) {
            if (Terms.tokens(sentence.substring(0, m.start())).size() >= SCENE_WORDS) {
                return m.end();
            }
        }
        return -1;
    }

    /**
     * Whether a sentence is a remark of the asker's ("I always get them confused", "As a member I assume they said
     * something", "It just says Chairman Guo."): "I" or "my" among its first words, or "it just says", and no
     * question word.
     */
    private static boolean saysSomethingOfTheAsker(List<String> tokens) {
        int at = tokens.size() > 1 && tokens.get(0).equals("the") && TEXT_NOUNS.contains(tokens.get(1)) ? 2
                : !tokens.isEmpty() && tokens.get(0).equals("it") ? 1 : -1;
        boolean aboutTheText = at > 0 && tokens.size() > at + 1 && TEXT_REMARK.contains(tokens.get(at))
                || !tokens.isEmpty() && IMPLIED_I.contains(tokens.get(0));
        return (aboutTheText || tokens.subList(0, Math.min(tokens.size(), 6)).stream().anyMatch(FIRST_PERSON::contains))
                && tokens.stream().noneMatch(Question.WH::contains);
    }

    /** "According to paragraph 2, ...", "(para 3)": where in the text to look, which the search does not need. */
    private static final Pattern PLACE_IN_TEXT = Pattern.compile("(?i)(?:\\(\\s*)?(?:\\b(?:according to|in|from|per|see|as in|at)\\s+)?(?:the\\s+)?"
            + "\\b(?:paragraph|para|section|sentence|line)\\s+(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b\\)?(?:\\s*,)?");
    /** "It just says Chairman Guo.", "It only mentions his surname.": a remark on the text after the question. */
    private static final Set<String> TEXT_NOUNS = Set.of("piece", "article", "story", "text", "report");
    /** "dont want to say just 'chairman guo' on air": a remark whose "I" is left out. */
    private static final Set<String> IMPLIED_I = Set.of("dont", "don't", "cant", "can't", "cannot", "wont", "won't", "want",
            "wanted", "wanting");
    private static final Set<String> TEXT_REMARK = Set.of("just", "only", "says", "said", "mentions", "doesn't", "doesnt",
            "does", "never", "seems", "names", "talks", "quotes", "gives");

    /**
     * Whether the other answer of a yes-or-no question is one the knowledge may give: "or just the edge stuff like
     * antennas" names what the story says, "or just waffle" does not.
     */
    private static boolean offersAnAnswer(String whole, String asked, CorpusStats stats) {
        String other = whole.substring(asked.length()).replaceFirst("(?i)^,?\\s+or\\s+", "");
        if (!other.toLowerCase(Locale.ROOT).startsWith("just ")) {
            return false;
        }
        return Terms.tokens(other).stream().anyMatch(w -> !w.equals("just") && storyWord(w, stats));
    }

    private static final Lexicon LEXICON = new Lexicon();

    /** Whether the knowledge uses the word, or a word of the same meaning ("yeet": "sacked"). */
    private static boolean storyWord(String w, CorpusStats stats) {
        String word = Lexicon.expand(w);
        return !Terms.isStop(word) && !LEXICON.isGeneric(word)
                && (stats.knows(word) || LEXICON.relatedWords(word).stream().anyMatch(stats::knows));
    }

    /** The words of a scene-setting sentence that the knowledge uses, appended to {@code out}. */
    /** Whether the sentence names, with a capital after its first word, something the story names. */
    private static boolean namesAny(String sentence, CorpusStats stats) {
        String[] words = sentence.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replaceAll("['’]s$", "");
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("I")
                    && stats.writesCapitalised(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void keepKnownWords(String sentence, CorpusStats stats, StringBuilder out) {
        for (String word : sentence.split("\\s+")) {
            String w = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
            // "Huawei's official statement": the company and its statement
            // "five eyes meetup - what venue": a verb the story uses with its particle ("meet" + "up") is kept too
            if (!w.isEmpty() && (stats.knows(w) || stats.knows(Terms.stem(w)) || Question.withParticle(w, stats) || stats.knows(Lexicon.expand(w))) && !Terms.isStop(w)) {
                out.append(word).append(' ');
            }
        }
    }

    private QuestionFocus() {
    }
}
