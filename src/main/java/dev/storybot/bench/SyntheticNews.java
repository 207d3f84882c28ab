package dev.storybot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a knowledge folder of made-up but news-like documents for the scale run: a headline, section
 * headings that are questions (bulleted in {@code .txt} files, {@code ##} in {@code .md} files), paragraphs of
 * two to four sentences and the odd photo caption, recombined from templates, names, places and topics so
 * that the vocabulary is varied. Each paragraph stays short enough to be one passage. The same seed writes the
 * same folder.
 */
final class SyntheticNews {

    /** What was written. */
    record Written(int documents, int passages, long bytes) {
    }

    private record Topic(String name, String org, List<String> things) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("the rail strike", "Network Rail", List.of("train drivers", "commuters", "signal workers", "weekend timetables", "station staff")),
            new Topic("hospital waiting lists", "NHS England", List.of("hospital trusts", "nurses", "planned operations", "A&E departments", "GP surgeries")),
            new Topic("the housing shortage", "Homes England", List.of("first-time buyers", "housing associations", "private landlords", "council tenants", "building firms")),
            new Topic("flood defences", "the Environment Agency", List.of("riverside homes", "farmers", "sandbag stores", "pumping stations", "insurance claims")),
            new Topic("university tuition fees", "Universities UK", List.of("students", "lecturers", "overseas applicants", "research budgets", "student loans")),
            new Topic("rural broadband", "Openreach", List.of("fibre cables", "village halls", "download speeds", "telephone exchanges", "mobile masts")),
            new Topic("energy bills", "Ofgem", List.of("households", "smart meters", "wind farms", "gas suppliers", "price caps")),
            new Topic("the steelworks closure", "British Steel", List.of("furnace workers", "pension funds", "local suppliers", "apprentices", "export orders")),
            new Topic("police funding", "the Police Federation", List.of("police officers", "community support officers", "custody suites", "emergency calls", "detectives")),
            new Topic("airport expansion", "Heathrow Airport", List.of("flight paths", "nearby schools", "airlines", "cargo terminals", "noise complaints")),
            new Topic("plastic waste", "Recycle Now", List.of("supermarkets", "bottle deposits", "landfill sites", "packaging makers", "beach cleaners")),
            new Topic("school budgets", "the National Education Union", List.of("head teachers", "teaching assistants", "primary schools", "special needs pupils", "school meals")),
            new Topic("fishing quotas", "the Marine Management Organisation", List.of("trawler crews", "harbour towns", "fish markets", "cod stocks", "coastguards")),
            new Topic("bus route cuts", "the Confederation of Passenger Transport", List.of("bus drivers", "pensioners", "rural routes", "ticket prices", "depots")),
            new Topic("social care reform", "the Care Quality Commission", List.of("care homes", "carers", "elderly residents", "home visits", "council budgets")),
            new Topic("the council cyber attack", "the National Cyber Security Centre", List.of("council servers", "payroll systems", "ransomware gangs", "backup tapes", "IT contractors")),
            new Topic("electric car charging", "the Society of Motor Manufacturers and Traders", List.of("charging points", "car dealers", "battery makers", "motorway services", "fleet operators")),
            new Topic("farm subsidies", "the National Farmers' Union", List.of("dairy farmers", "hill farms", "grain prices", "seasonal pickers", "hedgerows")),
            new Topic("high street closures", "the British Retail Consortium", List.of("shop owners", "business rates", "shopping centres", "market traders", "online sales")),
            new Topic("sewage spills", "Ofwat", List.of("water companies", "bathing beaches", "wild swimmers", "storm overflows", "river trusts")),
            new Topic("the satellite launch", "the UK Space Agency", List.of("launch sites", "rocket engineers", "ground stations", "weather satellites", "space start-ups")),
            new Topic("prison overcrowding", "the Prison Officers' Association", List.of("prison officers", "inmates", "probation staff", "court backlogs", "release schemes")),
            new Topic("the data centre plan", "Ofcom", List.of("server halls", "cooling systems", "cloud providers", "grid connections", "data protection rules")),
            new Topic("the heatwave", "the Met Office", List.of("water supplies", "railway lines", "outdoor workers", "hospital wards", "grass fires")));

    private static final List<String> FIRST = List.of("Alice", "James", "Priya", "Daniel", "Fiona", "Mohammed", "Grace",
            "Owen", "Hannah", "Rajesh", "Chloe", "Tom", "Sophie", "Aled", "Niamh", "Kwame", "Laura", "Ewan", "Aisha",
            "Peter", "Megan", "Hugo", "Zara", "Connor", "Isla", "Marek", "Rosa", "Callum", "Leila", "Graham");
    private static final List<String> LAST = List.of("Thompson", "Okafor", "Patel", "MacLeod", "Hughes", "Kowalski",
            "Bennett", "Chowdhury", "Fraser", "Davies", "O'Neill", "Whitaker", "Nakamura", "Evans", "Lindqvist", "Shah",
            "Morrison", "Adeyemi", "Clarke", "Rees", "Donnelly", "Harrington", "Ferreira", "Walsh", "Ibrahim", "Sinclair");
    private static final List<String> ROLES = List.of("Transport Secretary", "Health Secretary", "the council leader",
            "the shadow minister", "the mayor", "the chief executive", "the union's general secretary", "the local MP",
            "the regulator's chair", "the committee chairman", "the Chancellor", "the Environment Secretary");
    private static final List<String> PLACES = List.of("Leeds", "Cardiff", "Glasgow", "Bristol", "Belfast",
            "Newcastle", "Norwich", "Plymouth", "Aberdeen", "Swansea", "Manchester", "Sheffield", "Inverness", "Derby",
            "Hull", "Exeter", "Stoke-on-Trent", "Dundee", "Southampton", "Lincoln", "Carlisle", "Brighton", "Wrexham",
            "Coventry", "Lisbon", "Rotterdam", "Oslo", "Dublin", "Ottawa", "Auckland");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> PAPERS = List.of("the Guardian", "The Times", "the Financial Times",
            "the Daily Telegraph", "the BBC", "Sky News", "the Yorkshire Post", "The Scotsman");
    private static final List<String> WORDS = List.of("reckless", "overdue", "a step in the right direction",
            "deeply worrying", "a missed opportunity", "unaffordable", "a welcome change", "confusing");

    private static final List<String> SENTENCES = List.of(
            "{Role} {person} said the plans for {topic} in {place} would be reviewed before {month}.",
            "Officials in {place} confirmed that {n} {thing} had been affected since {day}.",
            "{Org} warned that {thing} could face further delays unless ministers acted quickly.",
            "Critics say the decision on {topic} ignores the concerns of {thing} across {place}.",
            "According to {paper}, the cost of {topic} has risen by {pct} per cent since {year}.",
            "{Person}, who speaks for {org}, described the proposal as “{word}”.",
            "A spokeswoman for {org} said: “We are studying the report carefully and will respond in due course.”",
            "Campaigners gathered outside the town hall in {place} on {day} to protest about {topic}.",
            "The review found that {thing} in {place} had been underfunded for more than {small} years.",
            "Ministers are expected to publish a consultation on {topic} in {month}.",
            "Local businesses in {place} said {topic} had already cost them about £{money} million.",
            "{Person} told {paper} that {thing} should be a priority for the government.",
            "Figures released on {day} show that {pct} per cent of {thing} in {place} missed their targets.",
            "The opposition accused the government of failing {thing} and called for an independent inquiry.",
            "Union leaders said they would ballot members over {topic} next month.",
            "Researchers at the University of {place} said the evidence on {topic} remained mixed.",
            "It is the {ordinal} time this year that {thing} in {place} have been disrupted.",
            "{Org} said it had invested £{money} million in {thing} since {year}.",
            "Residents in {place} complained that {thing} had been ignored for years.",
            "{Role} {person} is due to visit {place} on {day} to meet {thing}.",
            "In a statement, {org} said it “takes the safety of {thing} extremely seriously”.",
            "The scheme, first announced in {month} {year}, was meant to help {n} {thing}.",
            "{Person} resigned from the board of {org} on {day}, saying the row over {topic} had become “{word}”.",
            "Talks between {org} and {thing} broke down late on {day} without agreement.",
            "A report by the National Audit Office said {topic} would take at least {small} more years to resolve.",
            "Opinion polls suggest {pct} per cent of voters in {place} oppose the changes to {topic}.");

    private static final List<String> HEADLINES = List.of(
            "{Org} warns of crisis over {topic} in {place}",
            "{Person} under pressure as row over {topic} deepens",
            "Why {place} is worried about {topic}",
            "{N} {thing} hit as {topic} talks collapse",
            "Ministers defy critics with new plan for {topic}",
            "{Place} braces for months of disruption over {topic}");

    private static final List<String> SECTIONS = List.of("What has happened?", "Who is affected?",
            "What has {org} said?", "What happens next?", "Why does {topic} matter to {place}?",
            "How much will it cost?", "What do critics say?", "Who is {person}?", "What did the report find?");

    private SyntheticNews() {
    }

    /**
     * Writes documents into {@code dir} until they hold at least {@code passages} passages.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    static Written write(Path dir, int passages, long seed) {
        Random random = new Random(seed);
        int documents = 0;
        int written = 0;
        long bytes = 0;
        try {
            Files.createDirectories(dir);
            while (written < passages) {
                documents++;
                boolean markdown = documents % 2 == 0;
                Doc doc = new Doc(random, markdown);
                String text = doc.render();
                byte[] content = text.getBytes(StandardCharsets.UTF_8);
                Path file = dir.resolve(String.format(Locale.ROOT, "news-%05d.%s", documents, markdown ? "md" : "txt"));
                Files.write(file, content);
                written += doc.passages;
                bytes += content.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the synthetic knowledge base in " + dir, e);
        }
        return new Written(documents, written, bytes);
    }

    /** One document: its topic, cast and place stay the same throughout, as in a real story. */
    private static final class Doc {
        private final Random random;
        private final boolean markdown;
        private final Topic topic;
        private final List<String> people;
        private final List<String> places;
        private final StringBuilder out = new StringBuilder();
        private int passages;

        Doc(Random random, boolean markdown) {
            this.random = random;
            this.markdown = markdown;
            this.topic = pick(TOPICS);
            this.people = List.of(person(), person(), person());
            this.places = List.of(pick(PLACES), pick(PLACES));
        }

        String render() {
            line((markdown ? "# " : "") + capitalise(fill(pick(HEADLINES))));
            passages++;
            for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
                paragraph();
            }
            List<String> headings = new ArrayList<>(SECTIONS);
            Collections.shuffle(headings, random);
            for (String heading : headings.subList(0, 3 + random.nextInt(2))) {
                line(markdown ? "## " + fill(heading) : "  • " + fill(heading));
                if (random.nextInt(10) < 3) {
                    line(pick(people) + " in " + pick(places) + " on " + pick(DAYS) + ". Credit: PA");
                    passages++;
                }
                for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
                    paragraph();
                }
            }
            return out.toString();
        }

        private void paragraph() {
            StringBuilder p = new StringBuilder();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                p.append(i == 0 ? "" : " ").append(capitalise(fill(pick(SENTENCES))));
            }
            line(p.toString());
            passages++;
        }

        private void line(String text) {
            out.append(text).append("\n\n");
        }

        private String fill(String template) {
            StringBuilder s = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    s.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                s.append(template, i, open);
                String slot = template.substring(open + 1, close);
                String value = value(slot.toLowerCase(Locale.ROOT));
                s.append(Character.isUpperCase(slot.charAt(0)) ? capitalise(value) : value);
                i = close + 1;
            }
            return s.toString();
        }

        private String value(String slot) {
            return switch (slot) {
                case "role" -> pick(ROLES);
                case "person" -> pick(people);
                case "place" -> pick(places);
                case "topic" -> topic.name();
                case "org" -> topic.org();
                case "thing" -> pick(topic.things());
                case "paper" -> pick(PAPERS);
                case "word" -> pick(WORDS);
                case "day" -> pick(DAYS);
                case "month" -> pick(MONTHS);
                case "year" -> String.valueOf(2008 + random.nextInt(12));
                case "n" -> String.format(Locale.ROOT, "%,d", 20 + random.nextInt(20_000));
                case "small" -> String.valueOf(2 + random.nextInt(9));
                case "pct" -> String.valueOf(3 + random.nextInt(80));
                case "money" -> String.valueOf(1 + random.nextInt(900));
                case "ordinal" -> pick(List.of("second", "third", "fourth", "fifth"));
                default -> throw new IllegalStateException("unknown slot {" + slot + "}");
            };
        }

        private String person() {
            return pick(FIRST) + " " + pick(LAST);
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
