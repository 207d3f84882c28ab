package dev.storybot.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Questions typed in German, or in English with German words mixed in ("Warum has Huawei the Mitarbeiter
 * sacked?", "wer alles von den Ministern war gegen Mays Entscheidung?"), read word by word as English: the
 * question words, the grammar words and the everyday and news words such questions use become English, and
 * names stay as they are. The word order stays German, which the answerer (it weighs words, not their order)
 * mostly does not mind. A question with no German question word and fewer than two other German words (grammar
 * words, or words of the table that are not English words) comes back as it is. Stateless and thread-safe.
 */
final class German {

    /** German question words: one is enough to read a question as German. */
    private static final Set<String> QUESTION_WORDS = Set.of("wer", "wann", "warum", "wieso", "weshalb", "welche",
            "welcher", "welches", "welchen", "welchem", "wem", "wovor", "woher", "wohin", "wieviele");
    /** German words that are not English words; two make a question German. */
    private static final Set<String> MARKERS = Set.of("und", "oder", "nicht", "auch", "mit", "von", "für", "fuer", "über",
            "ueber", "bei", "nach", "gegen", "ausser", "außer", "laut", "ist", "sind", "wurde", "wurden", "haben", "hatte",
            "eine", "einen", "einem", "einer", "der", "das", "dem", "des", "ein", "genau", "halt", "eigentlich",
            "bitte", "doch", "denn", "schon", "noch", "nur", "alle", "nein", "wie", "sagt", "gesagt", "ich",
            "wir", "vom", "zum", "zur", "aus", "diese", "dieser", "diesem", "diesen",
            "dieses", "inzwischen", "bereits", "etwas", "irgendwas", "wirklich", "welche", "kein", "keine");

    /** German words in English; an empty value drops the word. */
    private static final Map<String, String> WORDS = Lexicon.pairs(
            // question words
            "wer who", "wem:who", "wen:who", "wann when", "warum why", "wieso why", "weshalb why", "wo where",
            "woher:where from", "wovor:about what", "welche which", "welcher which", "welches which", "welchen which",
            "welchem which", "wieviele:how many", "wie how",
            // grammar words
            "der the", "die the", "das the", "den the", "dem the", "des the", "ein a", "eine a", "einen a", "einem a",
            "einer a", "und and", "oder or", "nicht not", "kein no", "keine no", "auch also", "mit with", "von of",
            "vom of", "für for", "fuer for", "über about", "ueber about", "zu to", "zum to", "zur to", "im in",
            "auf on", "bei at", "aus from", "nach after", "gegen against", "ausser besides", "außer besides",
            "laut:according to", "ja yes", "nein no", "hat has", "haben have", "hatte had", "hatten had", "ist is",
            "sind are", "waren were", "wurde was", "wurden were", "wird will", "werden will", "kann can",
            "können can", "koennen can", "muss must", "müssen must", "muessen must", "soll should", "sollen should",
            "darf may", "dürfen may", "duerfen may", "ich I", "er he", "sie they", "es it", "wir we", "ihr their",
            "ihre their", "sein his", "seine his", "diese this", "dieser this", "diesem this", "diesen this",
            "dieses this", "genau:", "halt:", "eigentlich:", "bitte please", "doch:", "denn:", "schon already",
            "bereits already", "noch still", "nur only", "alle all", "alles all", "mal:", "ne:", "inzwischen:", "etwas:",
            "irgendwas:", "wirklich really", "dann then", "da there", "drin in", "dabei:", "also so", "so so",
            "selbst:", "wegen:", "zwei two", "drei three", "fünf five", "angeblich reportedly", "vorher before", "zuvor before", "seit since", "erste first",
            "ersten first", "erstes first",
            // verbs
            "sagt says", "sagte said", "gesagt said", "sagen say", "gemacht done", "macht does", "machen do",
            "gegeben given", "gibt gives", "gefunden found", "findet:takes place", "statt:", "verhaftet arrested",
            "verhaftete arrested", "festgenommen arrested", "gefeuert sacked", "entlassen sacked", "rausgeworfen excluded",
            "rausgeschmissen excluded", "ausgeschlossen excluded", "aufgemacht opened", "eröffnet opened",
            "eroeffnet opened", "geöffnet opened", "gesperrt banned", "verboten banned", "verbannt banned",
            "erlaubt allowed", "erlauben allow", "treffen meet", "trifft meets", "getroffen met", "heißt:is called",
            "heisst:is called", "entscheiden decide", "entschieden decided", "kommentiert commented", "warnt warns",
            "gewarnt warned", "verlangen require", "verlangt requires", "installieren install", "bauen build",
            "gebaut built", "teilen share", "übertreiben exaggerate", "uebertreiben exaggerate", "übertrieben exaggerated",
            "gefixt fixed", "behoben fixed", "repariert repaired", "kommt comes", "kommen come", "spionieren spy",
            "ausspionieren:spy on", "abschalten disable", "hindeutet points", "deutet points", "konkurrieren compete",
            "gearbeitet worked", "arbeitet works", "veröffentlicht published", "veroeffentlicht published",
            "angekündigt announced", "zugestimmt agreed", "stimmt agrees", "geht goes",
            // nouns and adjectives of the news
            "entscheidung decision", "regierung government", "regierungen governments", "bericht report",
            "ministern ministers", "mitarbeiter employee", "mitarbeiterin employee", "angestellte employee",
            "länder countries", "laender countries", "ländern countries", "laendern countries", "land country",
            "staaten countries", "staat state", "firmen firms", "firma firm", "unternehmen company", "foto photo",
            "bild photo", "bildunterschrift caption", "gesetze laws", "gesetz law", "sachen things", "geräte devices",
            "geraete devices", "technik technology", "technologie technology", "produkte products", "hinweise evidence",
            "hinweis evidence", "beweise evidence", "begründung reason", "begruendung reason", "grund reason",
            "angst fear", "ängste fears", "chef chief", "chefin chief", "konferenz conference", "tag day",
            "spionage spying", "chancen opportunities", "bedrohungen threats", "bedrohung threat", "gefahr threat",
            "sicherheit security", "wichtig important", "probleme problems", "problem problem", "ärger strain",
            "aerger strain", "streit strain", "organisationen organisations", "organisation organisation",
            "ergebnis conclusions", "ergebnisse conclusions", "mitglieder members", "bühne stage", "buehne stage",
            "netz network", "netze networks", "netzen networks", "netzwerk network", "kern core",
            "antennen antennas", "zugang access", "begrenzt limited", "begrenzten limited", "hintertür:back door",
            "hintertüren:back doors", "hintertueren:back doors", "sorgen concerns", "bedenken concerns",
            "verbündete allies", "verbuendete allies", "vertrauen trust", "daten data", "forscher researchers",
            "einmischung interference", "fortschritt progress", "jahr year", "jahren years", "januar January",
            "dienstag Tuesday", "mittwoch Wednesday", "schottland Scotland", "veranstaltung event", "öffentlich public",
            "oeffentlich public", "öffentlichen public", "sitzung session", "haltung attitude", "verlierer loser",
            "jahresbericht:annual report", "pressekonferenz:press conference", "konkurrent competitor",
            "marken brands", "vorname:first name", "nachname:surname", "posten job", "amt post", "namen names", "name name", "gelegenheit occasion",
            "anlass occasion", "erklärung statement", "erklaerung statement", "stellungnahme statement",
            "aussage statement", "zeitung newspaper", "überprüfung review", "ueberpruefung review", "prüfung review",
            "lieferkette:supply chain", "zeit time", "stadt city", "ort place", "prüfzentren:testing centres",
            "testzentren:testing centres", "vorwürfe concerns", "verdacht suspicion",
            "spion spy", "drauf pictured", "sehen seen", "britische British", "britischen British",
            "britisch British", "chinesische Chinese", "chinesischen Chinese", "chinesisch Chinese",
            "amerikanische American", "amerikanischen American", "amis Americans", "usa US", "deutschland Germany",
            "frankreich France", "belgien Belgium", "polen Poland", "großbritannien Britain",
            "grossbritannien Britain", "england England", "australien Australia", "kanada Canada",
            "neuseeland:New Zealand", "japanisch Japanese", "polnischen Polish", "polnische Polish",
            "geheimdienst:intelligence service", "geheimdienstes:intelligence service", "verteidigungsminister:defence secretary",
            "außenminister:foreign secretary", "aussenminister:foreign secretary", "innenminister:home secretary",
            "premierministerin:prime minister", "premierminister:prime minister", "ausschuss committee",
            "mächtigste:most powerful", "war was");

    /** "wie viele", "wie heißt", "ja oder nein", "oder?" at the end: how many, what is the name of, yes or no, right? */
    private static final Pattern PHRASES = Pattern.compile("(?i)\\b(wie\\s+viele|wie\\s+viel|wie\\s+hei(?:ß|ss)t|ja\\s+oder\\s+nein|seit\\s+wann"
            + "|vor\\s+einem\\s+jahr|zum\\s+ersten\\s+mal|das\\s+erste\\s+mal|oder\\s*\\?\\s*$|ne\\s*\\?\\s*$)");
    private static final Map<String, String> PHRASE_WORDS = Map.of("wie viele", "how many", "wie viel", "how much",
            "ja oder nein", "yes or no", "wie heisst", "what is the name of", "seit wann", "when",
            "vor einem jahr", "a year ago", "zum ersten mal", "first time", "das erste mal", "the first time");
    /** "was hat ...", "was sagt ...": the German "was" (what) before a German verb, not the English "was". */
    private static final Pattern WAS_WHAT = Pattern.compile("(?i)\\bwas(?=\\s+(?:hat|haben|hatte|ist|sind|war|sagt|sagte|genau"
            + "|halt|denn|eigentlich|für|fuer|könnte|koennte|kann|muss|darf|soll|wird|macht|machen|steht|kommt|passiert"
            + "|der|die|das|den|dem|ein|eine|einen|ist|sind)\\b)");

    private German() {
    }

    /** The question in English words when it is written (partly) in German, else the question unchanged. */
    static String toEnglish(String question) {
        if (!isGerman(question)) {
            return question;
        }
        String out = PHRASES.matcher(question).replaceAll(m -> {
            String p = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("ß", "ss");
            return p.startsWith("oder") || p.startsWith("ne") ? "?" : PHRASE_WORDS.get(p);
        });
        out = WAS_WHAT.matcher(out).replaceAll("what");
        return WordByWord.replace(out, WORDS);
    }

    static boolean isGerman(String question) {
        Set<String> seen = new HashSet<>();
        var m = WordByWord.WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (QUESTION_WORDS.contains(w)) {
                return true;
            }
            // a German grammar word, or a German word of the table that is no English word ("Geräte", "Länder")
            if (MARKERS.contains(w) || WORDS.containsKey(w) && !EnglishWords.contains(w) && !Terms.isStop(w)) {
                seen.add(w);
            }
        }
        return seen.size() >= 2;
    }
}
