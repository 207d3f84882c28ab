package dev.storybot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.storybot.knowledge.KnowledgeFolder;
import dev.storybot.knowledge.KnowledgeParser;
import dev.storybot.knowledge.Passage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Development tool: runs question sets through retrieval and the extractive answerer and prints misses. */
public final class EvalHarness {
    public static void main(String[] args) throws Exception {
        var model = new BgeSmallEnV15QuantizedEmbeddingModel();
        List<Passage> passages = new ArrayList<>();
        var scan = new KnowledgeFolder(Path.of("knowledge")).scan();
        var parser = new KnowledgeParser();
        scan.files().forEach(f -> passages.addAll(parser.parse(f).passages()));
        if (args.length > 1 && args[1].equals("dump")) {
            passages.forEach(p -> System.out.println(p.id() + " " + p.kind() + " | " + p.location() + " | " + p.text()));
        }
        var index = new InMemoryPassageIndex(passages, model);
        var service = new AskService(new Retriever(index, model), new ExtractiveAnswerer());
        ObjectMapper json = new ObjectMapper();
        int ans = 0, correct = 0, gold = 0, una = 0, abst = 0, falseAbst = 0, chars = 0;
        for (String file : args[0].split(",")) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.isBlank()) continue;
                JsonNode q = json.readTree(line);
                Answer a = service.ask(q.get("q").asText());
                String id = q.get("id").asText();
                if (Boolean.getBoolean("storybot.trace")) {
                    System.out.println("Q " + id + " " + (q.path("unanswerable").asBoolean() ? "U" : "A") + " abstained=" + a.abstained());
                }
                if (q.path("unanswerable").asBoolean()) {
                    una++;
                    if (a.abstained()) abst++; else System.out.println("MISS " + id + " answered: " + a.text());
                    continue;
                }
                ans++;
                chars += a.text().length();
                if (a.abstained()) { falseAbst++; System.out.println("MISS " + id + " abstained: " + q.get("q").asText()); continue; }
                String low = a.text().toLowerCase(Locale.ROOT).replace('’', '\'');
                boolean ok = true;
                for (JsonNode grp : q.get("must")) {
                    boolean any = false;
                    for (JsonNode alt : grp) any |= low.contains(alt.asText().toLowerCase(Locale.ROOT).replace('’', '\''));
                    ok &= any;
                }
                boolean g = false;
                for (Citation c : a.citations()) for (JsonNode gs : q.get("gold")) g |= c.passage().contains(gs.asText());
                correct += ok ? 1 : 0; gold += g ? 1 : 0;
                if (!ok || !g) System.out.println("MISS " + id + " facts=" + ok + " gold=" + g + " q=" + q.get("q").asText() + "\n     -> " + a.text());
            }
        }
        System.out.printf("correct %.2f gold %.2f abstain %.2f false-abstain %.2f chars %d (%d answerable, %d unanswerable)%n",
                correct / (double) ans, gold / (double) ans, abst / (double) Math.max(una, 1), falseAbst / (double) ans,
                chars / Math.max(ans, 1), ans, una);
    }
}
