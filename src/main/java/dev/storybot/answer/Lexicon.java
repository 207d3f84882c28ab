package dev.storybot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General-purpose word groups for question answering over news text: words a question may use for what
 * the text says in other words ("worried" for "fears", "fired" for "sacked", "United States" for "US").
 * Stems in one group support each other. Also lists the generic words of questions that carry no topic
 * ("kind of", "take place"). Immutable and thread-safe.
 */
final class Lexicon {

    private static final List<String> GROUPS = List.of(
            "worry worried worries concern concerned concerns fear fears feared afraid anxious anxiety alarm alarmed scared scare scares scary frightened panic panicking panicked",
            // "isn't it in homes yet": already
            "already yet",
            "oppose opposed opposes opposition against object objected objection objections resist resisted critic critics criticise criticised"
                    + " criticize criticized slag slagged slagging trash trashed trashing slam slammed slamming blast blasted"
                    + " rubbish rubbished refuse refused refusing",
            "ban banned bans prohibit prohibited exclude excluded block blocked curb curbs restrict restricted restriction limits shut"
                    + " kick kicked kicking bin binned binning ditch ditched remove removed",
            "fire fired sack sacked dismiss dismissed yeet yeeted terminate terminated termination boot booted",
            "arrest arrested detain detained detention custody bust busted nab nabbed nick nicked huckled",
            "say said says state stated states statement tell told tweet tweets tweeted tweeting twitter comment commented claim claimed accuse accused allege alleged"
                    + " respond responded responds response reply replied react reacted reaction remark remarks answer answered answers"
                    + " confirm confirmed confirms deny denied denies voice voiced justify justified imply implied implies talk talks talked"
                    + " affirm affirms affirmed scream screaming screamed shout shouting shouted yell yelling moan moaning"
                    + " whine whining rant ranting spin spun spinning",
            "us usa america american americans washington",
            "uk britain british brit brits england london westminster",
            "china chinese beijing",
            "russia russian moscow kremlin",
            "france french paris",
            "germany german berlin",
            "japan japanese tokyo",
            "strain strains tension tensions friction rift relation relations relationship relationships ties sour soured angry upset annoyed salty aggro"
                    + " problem problems trouble fallout beef drama spoil spoils spoilt grief bother wreck wrecks wrecked wrecking"
                    + " ruin ruins ruined ruining mess messes messed messing",
            "finding findings conclusion conclusions result results outcome",
            // "is the review finished": it "will report with its conclusions in due course"
            "finish finished finishes complete completed completes conclude concluded concludes conclusion conclusions",
            "occasion occasions setting forum venue conference conferences",
            "hashtag hashtags tweet tweets tweeted",
            "action actions measure measures step steps response sacked dismissed",
            // a review publishes by reporting; "according to" the paper says who reported, not when it was published
            "publish published publishes release released releases report reports",
            // "is it the core network?" is answered by what is said of the non-core parts
            "core noncore edge periphery peripheral",
            "report reported reports scoop scoops reveal revealed broke break according account accounts deliver delivers delivered cite cites cited citing source sources sourced sourcing attribute attributed",
            // a leak is reported, but "according to the Telegraph" does not say who leaked it
            "leak leaked leaks report reports reported",
            "allow allowed let permit permitted permission waved cleared approve approved approval rubberstamp rubberstamped go-ahead green-light greenlight greenlit greenlighted okayed ok'd okd favour favor favoured favored"
                    + " admit admitted admitting clear cleared nod nodded",
            "decision decide decided decides mind choice choices move deal settle settled agreed-on agreed-to ruling rulings verdict verdicts",
            "build built building construct constructed supply supplies supplied provide provides provided",
            "spy spies spying spied espionage intelligence snoop snooping snooped spook spooks",
            "hack hacked hacking cyber-attack cyber-attacks attack attacks",
            "meet meeting meets meetup meetups conference summit event events gather host hosted hosting venue attend attended attending",
            "alongside along together",
            "chief head heads headed boss bosses leader lead leads run runs running top director directors responsible responsibility"
                    + " chairman chairwoman chair chairs chaired chairing chairperson preside presides presided presiding gaffer gaffers",
            "firm company companies business giant vendor vendors supplier suppliers manufacturer manufacturers maker makers",
            "risk risks threat threats danger dangerous",
            "employee employees worker workers staff staffer staffers",
            "researcher researchers boffin boffins scientist scientists",
            "spokeswoman spokesman spokesperson spokespeople spokespersons spox",
            "minister ministers ministerial secretary secretaries cabinet politician politicians",
            "review reviewing reviewed inquiry assessment assessments assess assessed evaluation evaluations evaluate evaluated",
            "deploy deployed deploying deployment deployments rollout roll-out install installed installing",
            "conduct conducted carry carried perform performed undertake undertook undertaken",
            "comfortable comfort",
            "doubt doubts question questioned questioning dispute disputed disputes disputing",
            "fix fixed repair repaired patch patched patching address-issues remediate remediated remediation",
            "find found discover discovered uncover uncovered unearth unearthed see saw seen show showed shown identify identified",
            "fine fined penalty",
            "call calls called calling label labels labelled labeled brand branded describe described",
            "pressure pressured demand demands demanded urge urged push pushed",
            "issue issues problem problems concern concerns",
            "force forced compel compelled require required oblige obliged make mandate mandated mandates",
            "talk talked speak spoke spoken discuss discussed mention mentioned",
            "work works worked working serve served employ employed job",
            "help helped assist assisted support supported backing backed",
            "fail failed failure unable",
            "warn warned warning warnings advice advise advised",
            "member members membership",
            "vulnerable vulnerability vulnerabilities weakness weaknesses flaw flaws hole holes loophole loopholes unpatched dodgy faulty defect defects defective shortcoming shortcomings deficiency deficiencies fault faults faulted ding dinged dings"
                    + " bug bugs buggy",
            "secure security safe safety",
            "country countries nation nations state states government governments jurisdiction jurisdictions",
            "leave left quit resign resigned",
            "start started begin began launch launched",
            "end ended stop stopped finish finished",
            "big bigger biggest large larger largest powerful major",
            "important importance crucial key essential paramount",
            "cooperate cooperation collaborate collaboration together alliance pact pacts bloc partnership club",
            "ally allies allied partner partners",
            "compete competitor competitors competition rival rivals",
            "undermine undermined undermines erode eroded erodes weaken weakened weakens damage damaged harm harmed hurt",
            "earlier previous previously before formerly",
            "phone phones device devices handset handsets equipment gear kit hardware product products technology tech gadget gadgets"
                    + " infrastructure antenna antennas mast masts tower towers",
            "follow follows following followed obey obeys comply complies abide compliance compliant",
            "exaggerate exaggerated exaggerating overstate overstated overstating overhype overhyped overhyping hype hyped hyping overdo overdoing overdone"
                    + " overplay overplayed overplaying overplays overegg overegged overegging"
                    + " fuss",
            "agree agreed agreement accept accepted reach reached cave caved caving buckle buckled fold folded yield yielded",
            "interfere interfered interfering interference meddle meddled meddling mess messing",
            "home homes household households house houses gaff gaffs",
            "downplay downplayed downplaying played-down play-down",
            "defy defied defies defying ignore ignored ignores ignoring snub snubbed",
            "defence defense military",
            "serious grave severe",
            "cause causes caused causing lead-to leads-to led-to affect affects affected affecting impact impacts impacted"
                    + " consequence consequences effect effects",
            "likely expected expect expects probable",
            "law laws rule rules regulation regulations legal legally regulatory lawful",
            "comply complies complied compliance compliant abide abides obey obeys obeyed obeying respect respects respected respecting",
            "suspect suspects suspected suspicion suspicions charge charges charged",
            "bring brings brought present presents pose poses",
            "highlight highlighted highlights flag flagged flagging point pointed complain complains complained complaint complaints",
            "examine examined examining check checked checking inspect inspected inspection test tested testing poke",
            "centre centres center centers lab labs laboratory laboratories facility facilities",
            "open opened opening",
            "photo photos photograph photographs picture pictures pictured image caption captions credit photographer photographers"
                    + " snap snaps shot appear appears appeared",
            "headline headlines title",
            "later afterwards subsequently",
            "representative representatives delegate delegates delegation envoy envoys",
            "government governments administration",
            // "Huawei's participation in the 5G build": the access it is given
            "participation participate participating involvement access");

    /**
     * Abbreviations a question may use for a word of the text; only read so when the knowledge does not use the
     * abbreviation itself ("SEC" could be an acronym there).
     */
    private static final Map<String, String> ABBREVIATIONS = pairs(
            "sec secretary", "secs secretaries", "dept department", "depts departments", "govt government",
            "gov government", "boffin researcher", "boffins researchers", "anti against", "pollies politicians", "polly politician", "pollie politician", "govts governments", "govs governments", "org organisation", "orgs organisations", "rep representative", "reps representatives", "pic picture", "pics pictures",
            "admin administration", "intel intelligence", "info information", "mins ministers", "no10 downing",
            "number10 downing", "ppl people", "ppls people", "r are", "u you", "ur your", "wats what", "whats what", "wots what",
            "whos who", "wheres where", "hows how", "whens when", "whys why",
            "st street", "w with", "bc because", "cos because", "coz because", "eng engineering", "infra infrastructure",
            "mp member", "mps members", "natl national", "intl international",
            // chat spellings
            "y why", "wat what", "wut what", "wot what", "wht what", "wen when", "b4 before", "any1 anyone",
            "some1 someone", "every1 everyone", "evry1 everyone", "no1 nobody", "em them", "dem them", "dey they",
            "dat that", "dis this", "da the", "thru through", "cuz because", "bcoz because", "bcos because",
            "wud would", "cud could", "shud should", "smth something", "sth something", "abt about", "2day today",
            "yrs years", "yr year", "re about",
            // Scots spellings
            "whit what", "wha who", "whaur where", "hoo how", "o of", "tae to", "aboot about", "dae do", "wi with",
            "ony any", "wrang wrong", "efter after", "naw no", "aye yes", "aw all", "hae have", "fur for", "oot out",
            "ower over", "gie give", "alang along", "wis was", "wur were", "cannae cannot", "didnae didn't",
            "isnae isn't", "wasnae wasn't", "wouldnae wouldn't", "dinnae don't", "disnae doesn't", "couldnae couldn't",
            "ken know", "wit what", "exec executive", "execs executives", "peoples people", "hale whole", "gies give", "toon town", "toons towns", "aboots about", "mtg meeting", "mtgs meetings", "hrv vendor", "hrvs vendors", "wan one", "fae from", "frae from", "heid head", "photie photo", "glesga glasgow",
            "yanks americans", "eval evaluation", "evals evaluations", "prc china", "naebody nobody", "ye you", "yer your", "pr statement", "eta when", "plz please", "thx thanks", "hw how",
            // Nigerian Pidgin
            "wetin what", "abeg please", "wahala trouble", "comot remove", "wey who", "dem them", "naija nigeria",
            "sabi know", "na is", "probs problems", "prob problem",
            "gav gavin", "surname name", "surnames names", "hmg government", "sofs secretary", "fvey fiveeyes", "alr already",
            // politicians' and papers' nicknames in British political chat
            "maybot may", "torygraph telegraph", "grauniad guardian", "jezza jeremy", "saj sajid", "bojo boris",
            // learners' spellings (Portuguese and Spanish false friends)
            "foto photo", "fotos photos", "demited sacked", "demitted sacked", "cargos jobs", "cargo job",
            "representants representatives", "equipaments equipment", "exemple example", "exemples examples",
            // French false friends
            "organism body", "organisms bodies", "exprimed expressed", "spionage spying", "espionage spying", "espionnage spying",
            "arrestation arrest", "declarations statements", "declaration statement", "alrdy already",
            // Spanish false friends; Whitehall shorthand
            "aparatos devices", "aparato device", "def defence", "dev development", "int'l international", "bits parts", "aparatus devices", "apparatus devices", "contra against", "sos secretary");

    /** Words that compounds and abbreviations above give for a name ("number 10" is "Downing" Street). */
    static boolean isNameFor(String word) {
        return word.equals("downing");
    }

    /** The word an abbreviation stands for, or the token itself. */
    static String expand(String token) {
        return ABBREVIATIONS.getOrDefault(token, token);
    }

    /** Two-word names and phrases a question may use for one word of the text ("number 10", "sign off"). */
    private static final Map<String, String> COMPOUNDS = pairs(
            "united states:us", "united kingdom:uk", "white house:us", "great britain:britain", "sign off:approve",
            "signed off:approved", "number 10:downing", "no 10:downing", "push back:resist", "pushed back:resisted",
            "keep out:exclude", "kept out:excluded", "picked up:arrested", "set up:opened", "go ahead:allow",
            "green light:allow", "whole network:core", "rubber stamp:approve", "rubber stamped:approved", "rubber stamps:approves", "rid of:sacked", "go along:agree", "went along:agreed", "gone along:agreed",
            "going along:agree", "stick up:defend", "sticking up:defending", "stuck up:defended", "stick by:support", "stuck by:supported", "stood by:supported", "over egging:exaggerating", "over egg:exaggerate", "over egged:exaggerated", "waved through:allowed", "wave through:allow", "waves through:allows", "waving through:allowing", "got lifted:arrested", "get lifted:arrested", "gets lifted:arrested", "lifted for:arrested", "blow up:exaggerate", "blowing up:exaggerating", "play up:exaggerate",
            "playing up:exaggerating", "cast doubt:downplay", "casts doubt:downplay", "in charge:head",
            "armed forces:defence", "make up:", "makes up:", "put up:build", "putting up:build", "shut out:exclude",
            "put in:install", "put into:install", "kick out:exclude", "kicked out:excluded", "come out:publish",
            "comes out:publish", "stand for:", "stands for:", "make sure:ensure", "making sure:ensure", "made sure:ensure",
            "hit back:responded", "say back:respond", "said back:responded", "says back:responds", "hits back:responds", "hitting back:responding", "fired back:responded",
            "fire back:respond", "struck back:responded", "strike back:respond", "counts as:", "count as:",
            "counted as:", "keep talking:", "keeps talking:", "talking about:", "talk about:", "as well:",
            "say yes:allow", "said yes:allowed", "says yes:allows", "saying yes:allowing", "yes or:", "on record:",
            "roll call:", "if poss:", "his jotters:sacked", "their jotters:sacked", "heid bummer:head",
            "fallin oot:strain", "falling out:strain", "fall out:strain", "fell out:strain", "bad idea:",
            "good idea:", "own defence:", "own defense:", "its defence:", "their defence:", "shown in:pictured", "humour me:", "humor me:", "in total:", "all together:", "on top:", "lays out:", "lay out:", "laid out:", "threat model:threat", "threat models:threats", "sitting on:",
            "sat on:", "sit on:", "on about:", "going on:", "regard to:", "respect to:", "big deal:exaggerate",
            // "done naff all": nothing, in British slang; "the rest of five eyes": the other members
            "naff all:nothing", "sod all:nothing", "bugger all:nothing", "jack all:nothing", "diddly squat:nothing",
            "rest of:other", "across the pond:us", "pour cold water:downplay", "poured cold water:downplayed",
            "pours cold water:downplays", "pouring cold water:downplaying", "rocking up:attending", "rock up:attend",
            "rocked up:attended", "turn up:attend", "turning up:attending", "turned up:attended", "show up:attend",
            "showing up:attending", "wrong with:problems", "beyond the headlines:", "on earth:", "kick off:criticise",
            "kicked off:criticised", "kicking off:criticising", "report back:report", "reporting back:reporting", "reports back:reports", "in practice:", "in reality:", "in real terms:", "official response:response",
            "official line:statement", "fine with:support", "ok with:support", "okay with:support", "happy with:support", "cool with:support", "pulled up on:confronted", "pulled up:confronted", "pull up:confront", "lifted in:arrested", "line on:statement", "bad for:", "good for:", "acc to:", "party line:statement", "while way:huawei", "wah way:huawei", "wa way:huawei",
            "hua way:huawei", "hua wei:huawei", "wha way:huawei", "hwa way:huawei",
            "official statement:statement", "official reaction:reaction", "official position:position",
            "mess up:sour", "messed up:soured", "messes up:sours", "messing up:souring", "screw up:sour",
            "screwed up:soured", "muck up:sour", "mucked up:soured", "when pressed:",
            // "refused to fall in line with Washington's demands", "told the yanks to get stuffed": resisted them
            "fall in line:follow", "fell in line:followed", "falling in line:following", "get stuffed:resisted",
            "meeting up:meeting", "meet up:meet", "met up:met",
            // "did they keep him on or bin him": dismissing a person; "who took over from her": succeeding her
            "bin him:sacked", "binned him:sacked", "bin her:sacked", "binned her:sacked", "bin them:sacked",
            "binned them:sacked", "took over from:succeeded", "take over from:succeed", "taken over from:succeeded",
            "taking over from:succeeding", "takes over from:succeeds", "big fuss:exaggerate", "main points:", "key points:");

    /**
     * A map from "key value" entries, or "key words:value words" where a key has a space; an empty value is
     * allowed ("make up:").
     */
    static Map<String, String> pairs(String... entries) {
        Map<String, String> out = new HashMap<>();
        for (String e : entries) {
            int at = e.indexOf(':') >= 0 ? e.indexOf(':') : e.indexOf(' ');
            out.put(e.substring(0, at), e.substring(at + 1));
        }
        return Map.copyOf(out);
    }

    /**
     * What the kinds of answer a question may ask for by name look like in text: "which newspaper" is answered
     * by a sentence naming a newspaper (the Telegraph, the Times...), "which party" by one naming a party.
     * A kind missing here is checked only by whether the sentence names something new.
     */
    private static final Map<String, String> KINDS = kinds(
            "newspaper newspapers paper papers publication outlet tabloid broadsheet media",
            "telegraph times guardian post mail herald journal gazette observer independent mirror sun express"
                    + " tribune chronicle standard economist bbc reuters bloomberg cnn newspaper paper",
            "university universities college school",
            "university college school institute academy oxford cambridge harvard yale stanford",
            "team club",
            "united city fc rovers athletic wanderers team club",
            "language languages",
            "english french german spanish mandarin cantonese arabic dutch flemish italian portuguese russian"
                    + " japanese korean hindi welsh gaelic polish language",
            "party parties",
            "conservative conservatives tory tories labour liberal democrat democrats republican republicans snp"
                    + " ukip green greens party",
            "religion faith",
            "christian christianity muslim islam jewish judaism hindu hinduism buddhist catholic protestant religion",
            "currency",
            "pound pounds sterling dollar dollars euro euros yuan renminbi yen currency",
            "colour color",
            "red blue green yellow black white orange purple pink brown grey gray",
            "offence offences offense offenses crime crimes charge charges wrongdoing",
            "spying espionage fraud theft bribery corruption treason hacking",
            "country countries nation nations state states jurisdiction jurisdictions land lands",
            "afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus"
                    + " belgium bolivia bosnia brazil britain bulgaria cambodia canada chile china colombia croatia cuba"
                    + " cyprus czech czechia denmark ecuador egypt england estonia ethiopia finland france georgia germany"
                    + " ghana greece hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan"
                    + " kenya korea kuwait latvia lebanon libya lithuania luxembourg malaysia malta mexico moldova morocco"
                    + " netherlands holland nigeria norway pakistan peru philippines poland portugal qatar romania russia"
                    + " arabia scotland serbia singapore slovakia slovenia africa spain sweden switzerland syria taiwan"
                    + " thailand tunisia turkey uk ukraine emirates uae us usa america uruguay venezuela vietnam wales"
                    + " yemen zealand zimbabwe",
            "nationality nationalities citizenship",
            "british english scottish welsh irish american canadian australian chinese polish german french"
                    + " belgian japanese taiwanese russian indian",
            "sport sports",
            "football soccer cricket rugby tennis golf hockey basketball baseball athletics sport",
            "city cities town towns",
            "london glasgow edinburgh cardiff belfast manchester birmingham liverpool leeds bristol sheffield newcastle"
                    + " nottingham leicester oxford cambridge aberdeen dundee brighton southampton reading york bath"
                    + " beijing shanghai shenzhen guangzhou hong kong wuhan taipei tokyo seoul delhi mumbai singapore"
                    + " washington chicago boston angeles francisco seattle ottawa toronto vancouver sydney melbourne"
                    + " canberra wellington auckland paris berlin munich frankfurt brussels amsterdam madrid barcelona"
                    + " rome milan vienna zurich geneva stockholm oslo copenhagen helsinki dublin lisbon warsaw prague"
                    + " budapest moscow kyiv istanbul dubai cairo johannesburg city town");

    private static Map<String, String> kinds(String... pairs) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            for (String noun : pairs[i].split(" ")) {
                out.put(noun, pairs[i + 1]);
            }
        }
        return Map.copyOf(out);
    }

    /** Whether {@code noun} names a kind of thing whose instances this lexicon knows ("city", "newspaper"). */
    static boolean isKind(String noun) {
        return KINDS.containsKey(noun);
    }

    /**
     * The words naming instances of the kind {@code noun} ("telegraph" for "newspaper"), or empty when
     * this lexicon does not know the kind.
     */
    Set<String> instancesOf(String noun) {
        String words = KINDS.get(noun);
        return words == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(words.split(" ")));
    }

    /**
     * Regions a question may name for the countries of the text ("which European governments" for Germany and
     * France). One way only: a sentence on Germany is about a European country, "Germany" does not mean Europe.
     */
    private static final Map<String, String> REGIONS = kinds(
            "europe european europeans eu",
            "albania austria belgium bulgaria croatia cyprus czech czechia denmark estonia finland france germany"
                    + " greece hungary iceland ireland italy latvia lithuania luxembourg malta netherlands holland norway"
                    + " poland portugal romania serbia slovakia slovenia spain sweden switzerland ukraine",
            "asia asian asians",
            "china japan taiwan korea india pakistan bangladesh indonesia malaysia singapore thailand vietnam"
                    + " philippines cambodia kazakhstan mongolia nepal",
            "africa african africans",
            "egypt ethiopia ghana kenya nigeria morocco algeria tunisia libya zimbabwe africa",
            "oceania pacific",
            "australia zealand fiji",
            "scandinavia scandinavian nordic",
            "denmark norway sweden finland iceland");

    /**
     * The stems a passage of this kind is about besides its words: every sentence of a caption is the caption of a
     * photo, the headline is the headline ("what does the headline ask").
     */
    Set<String> kindStems(dev.storybot.knowledge.PassageKind kind) {
        return switch (kind) {
            case CAPTION -> related(Terms.stem("caption"));
            case HEADLINE -> related(Terms.stem("headline"));
            default -> Set.of();
        };
    }

    /** Whether the word names a country ("uk", "france"). */
    boolean isCountry(String word) {
        return instancesOf("country").contains(word);
    }

    /** The countries of a region a question names ("european"), or empty. */
    Set<String> membersOf(String word) {
        String words = REGIONS.get(word);
        return words == null ? Set.of() : Set.of(words.split(" "));
    }

    /** Question words that do not name what is asked about. */
    private static final Set<String> GENERIC = Set.of(
            "kind", "type", "sort", "take", "taking", "took", "place", "happen", "happened", "happening", "mean",
            "means", "think", "thought", "give", "name", "named", "called", "exactly", "main", "role", "job",
            "position", "title", "new", "involved", "detail", "details", "explain", "describe", "summary",
            "summarise", "summarize", "mentioned", "mention", "reportedly", "guy", "guys", "bloke", "stuff", "reckon",
            "reckons", "want", "wants", "wanted", "wanting", "ask", "asked", "asking", "come", "came", "coming",
            "basically", "actually", "really", "behind", "dude", "dudes", "nah", "yeah", "yep", "lol",
            "rn", "abt", "pls", "plz", "gimme", "n", "co", "tl", "dr", "tldr", "tho", "btw", "idk", "imo", "gonna", "wanna", "kinda", "sorta", "ok", "okay", "hey",
            "example", "examples", "physical", "full", "view", "views", "post", "posts", "piece", "hold", "holds", "opinion", "opinions", "stance", "getting", "gets", "gotten",
            "produce", "produced", "write", "wrote", "written", "put", "puts", "putting", "send", "sends", "sending", "sent", "still",
            "ever", "even", "day", "week", "month", "date", "man", "woman", "person", "someone", "somebody", "maybe",
            "perhaps", "possibly", "probably", "specific", "exact", "precise", "particular", "true", "whether", "brief",
            "portfolio", "false", "list", "evidence", "proof", "sign", "signs", "going", "per", "justification", "rationale",
            "explanation", "organisation", "organisations", "organization", "organizations", "body", "bodies",
            "institution", "institutions", "agency", "agencies", "chap", "chaps", "fellow", "gentleman", "gentlemen",
            "lady", "ladies", "occasion", "figure", "figures", "direct", "quotation", "quotations", "quote", "quotes",
            "quoted", "words", "word", "phrase", "bracketed", "brackets", "reader", "readers", "text", "writer",
            "outline", "counterargument", "counterarguments", "counterpoint", "argument", "arguments", "fella", "fellas", "lot", "bit", "help", "helping", "helps", "helped",
            "folks", "folk", "right", "everyone", "everybody", "mad", "lowkey", "highkey", "wait", "yo", "ngl", "fr", "tbh",
            "anyway", "anyways", "bruh", "sus", "lmao", "omg", "wtf", "fam", "supposed", "away", "beyond", "refer", "refers",
            "referring", "compare", "compared", "comparison", "versus", "vs", "stand", "sought", "seek", "seeks", "seeking",
            "medium", "excuse", "excuses", "concrete", "section", "sections", "paragraph", "paragraphs", "feel", "feels",
            "felt", "feeling", "usual", "always", "line", "essay", "essays", "homework", "assignment", "coursework", "every", "each", "anywhere", "somewhere", "proper", "cap", "inside", "handle", "handled",
            "status", "last", "hard", "side", "case", "quick", "worst", "yapping", "yap", "tried", "couple", "forget", "forgot", "remind", "yes", "boy", "lad", "lads", "butt", "tidy", "ser", "cope", "ah", "la", "lah", "lor", "wor",
            "meh", "like", "random", "q", "qn", "function", "functions", "occupied", "occupies", "occupy", "geopolitical", "altogether", "overall", "technical", "matter", "saga", "situation", "self",
            "different", "difference", "differences", "again", "scene", "curious", "genuinely", "enough", "so-called", "substance",
            "ate", "scenario", "scenarios", "oke", "okes", "lekker", "eish", "angle", "sharpish",
            "upon", "pray", "hence", "thereof", "whereby", "respective", "respectively", "obliged", "enlighten", "elementary",
            "hazy", "indeed", "merely", "precisely", "offer", "offered", "offering", "prospect", "composition", "never", "fit", "nobody", "noone", "camp",
            "oi", "d'ye", "mate", "mates", "deadass", "bro", "bros", "um", "umm", "uh", "uhh", "erm", "hmm", "hm", "sorry", "smh", "bruv", "innit", "legit",
            "narrative", "narratives", "explainer", "group", "groups", "mob", "standpoint", "perspective", "viewpoint", "whatsoever", "individual", "individuals", "existing", "exist", "exists", "roster", "rundown", "lineup", "mun", "whole", "yoke", "yokes", "crowd", "kena", "though", "totally");

    private final Map<String, Set<String>> related = new HashMap<>();
    /** The words of each group, by the stems of its words. */
    private final Map<String, Set<String>> relatedWords = new HashMap<>();
    private final Map<String, Set<String>> opposites = new HashMap<>();
    /** Two-word phrases ("go ahead", "green light") and the stems of the group they belong to. */
    private final Map<String, Set<String>> phrases = new HashMap<>();

    Lexicon() {
        for (String group : GROUPS) {
            Set<String> stems = new HashSet<>();
            List<String> pairs = new java.util.ArrayList<>();
            for (String w : group.split(" ")) {
                if (w.contains("-")) {
                    pairs.add(w.replace('-', ' '));
                }
                stems.add(Terms.stem(w));
            }
            List<String> words = java.util.Arrays.stream(group.split(" ")).filter(w -> !w.contains("-")).toList();
            for (String s : stems) {
                related.computeIfAbsent(s, k -> new HashSet<>()).addAll(stems);
                relatedWords.computeIfAbsent(s, k -> new HashSet<>()).addAll(words);
            }
            for (String pair : pairs) {
                phrases.computeIfAbsent(pair, k -> new HashSet<>()).addAll(stems);
            }
        }
        OPPOSITES.forEach((word, opposite) -> opposites.put(Terms.stem(word), related(Terms.stem(opposite))));
    }

    /** Whether the word stands for a two-word name ("us" for "united states"): never a stop word then. */
    static boolean isCompound(String token) {
        return COMPOUNDS.containsValue(token);
    }

    /** The tokens with two-word names ("united states") replaced by the word the text uses ("us"). */
    List<String> joinCompounds(List<String> tokens) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            // three words first ("across the pond"), then two ("sign off")
            String triple = i + 2 < tokens.size() ? tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2) : "";
            String three = COMPOUNDS.get(triple);
            if (three != null) {
                if (!three.isEmpty()) {
                    out.add(three);
                }
                i += 2;
                continue;
            }
            String pair = i + 1 < tokens.size() ? tokens.get(i) + " " + tokens.get(i + 1) : "";
            String one = COMPOUNDS.get(pair);
            if (one != null) {
                if (!one.isEmpty()) {
                    out.add(one); // an empty one is a phrase that only frames the question ("make up")
                }
                i++;
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** Words a text that says "not" or "no" also says: "had not repaired" is "failed to repair". */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "nothing", "none", "neither", "nor");

    /**
     * The stems of what {@code tokens} say in other words: of every group whose two-word phrase occurs in them
     * ("played down"), and the words of failing where they negate something.
     */
    Set<String> phraseStems(List<String> tokens) {
        Set<String> out = new HashSet<>();
        if (tokens.stream().anyMatch(t -> NEGATIONS.contains(t) || t.endsWith("n't"))) {
            out.addAll(related(Terms.stem("fail")));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Set<String> s = phrases.get(tokens.get(i) + " " + tokens.get(i + 1));
            if (s != null) {
                out.addAll(s);
            }
        }
        return out;
    }

    /**
     * Words whose opposite answers a yes-or-no question about them: "did Huawei keep him on" is answered by
     * "Huawei sacked him", "did ministers back it" by "ministers opposed it". Each word names the group of its opposite.
     */
    private static final Map<String, String> OPPOSITES = pairs(
            "keep sack", "kept sack", "retain sack", "retained sack", "back oppose", "backed oppose", "backing oppose",
            "support oppose", "supported oppose", "favour oppose", "approve oppose", "approved oppose",
            "oppose support", "opposed support", "allow ban", "allowed ban", "ban allow", "banned allow",
            "agree oppose", "agreed oppose", "reject allow", "rejected allow", "refuse allow", "refused allow");

    /** Stems of the opposite of {@code stem} that answer a yes-or-no question about it, or none. */
    Set<String> opposites(String stem) {
        return opposites.getOrDefault(stem, Set.of());
    }

    /** Stems that count as the same idea as {@code stem}, itself included. */
    Set<String> related(String stem) {
        return related.getOrDefault(stem, Set.of(stem));
    }

    /** The words of the groups the word belongs to ("upset": "strain", "tension", ...), or none. */
    Set<String> relatedWords(String word) {
        return relatedWords.getOrDefault(Terms.stem(word), Set.of());
    }

    boolean isGeneric(String token) {
        return GENERIC.contains(token) || GENERIC_STEMS.contains(Terms.stem(token));
    }

    private static final Set<String> GENERIC_STEMS = GENERIC.stream().map(Terms::stem)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
}
