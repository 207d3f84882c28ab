package dev.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.storybot.App;
import dev.storybot.Settings;
import dev.storybot.answer.Answerer;
import dev.storybot.answer.AskService;
import dev.storybot.answer.Citation;
import dev.storybot.answer.Draft;
import dev.storybot.answer.Retriever;
import dev.storybot.commands.Commands;
import dev.storybot.commands.KnowledgeBase;
import dev.storybot.discord.FakeDiscord.Call;
import dev.storybot.index.Database;
import dev.storybot.index.KnowledgeIndex;
import dev.storybot.knowledge.KnowledgeFolder;
import dev.storybot.knowledge.KnowledgeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.storybot.discord.FakeDiscord.command;
import static dev.storybot.discord.FakeDiscord.member;
import static dev.storybot.discord.FakeDiscord.option;
import static dev.storybot.discord.FakeDiscord.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streaming answerer through the real JDA client and the Discord stand-in: the deferred reply shows the
 * answer as it is written, edited at most about once a second, and the last edit carries the citations.
 */
class DiscordStreamingTest {

    private static final String SENTENCE = "Foreign Secretary Jeremy Hunt and Home Secretary Sajid Javid are reportedly among those against the decision.";

    /** Writes the answer a few words at a time, 150 ms apart, as a language model streams. */
    private static final Answerer STREAMING = (question, evidence, partial) -> {
        String[] words = SENTENCE.split(" ");
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            text.append(text.length() == 0 ? "" : " ").append(w);
            partial.accept(text.toString());
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Citation c = new Citation(1, "huawei-5g-article.txt", "section 3, paragraph 1", SENTENCE, SENTENCE);
        return new Draft(SENTENCE + " [1]", false, List.of(c), "llm");
    };

    /** Deterministic 16-dimensional word hashes: enough for the index, no model to load. */
    private static final EmbeddingModel WORDS = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                float[] v = new float[16];
                for (String w : s.text().toLowerCase().split("\\W+")) {
                    v[Math.floorMod(w.hashCode(), 16)] += 1;
                }
                v[0] += 0.01f;
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }
    };

    @Test
    void editsTheReplyAsTheAnswerIsWrittenAtMostAboutOnceASecondThenShowsTheCitations(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            Map<String, String> env = new HashMap<>();
            env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
            env.put("DISCORD_API_URL", discord.apiUrl());
            env.put("DISCORD_GUILD_ID", FakeDiscord.GUILD_ID);
            env.put("KNOWLEDGE_DIR", "knowledge");
            env.put("DATABASE_PATH", dir.resolve("storybot.db").toString());
            Settings settings = Settings.from(env::get);
            Database database = Database.open(settings.databasePath());
            KnowledgeIndex index = new KnowledgeIndex(database, WORDS, "word-hashes");
            KnowledgeBase knowledge = new KnowledgeBase(new KnowledgeFolder(settings.knowledgeDir()), new KnowledgeParser(), index);
            AskService asker = new AskService(new Retriever(index, WORDS), STREAMING);
            try (App app = new App(settings, database, knowledge, asker, new Commands(asker, knowledge));
                 DiscordBot bot = DiscordBot.start(app)) {
                ObjectNode ask = discord.interaction(2, "token-stream", member(user("100000000000000060", "reader")),
                        command("ask", option("question", 3, "who opposed the decision")));
                discord.dispatch("INTERACTION_CREATE", ask);

                String path = "webhooks/" + FakeDiscord.BOT_ID + "/token-stream/messages/@original";
                Call last = discord.await("the final answer", c -> c.method().equals("PATCH") && c.path().equals(path)
                        && c.body().has("embeds") && !c.body().get("embeds").isEmpty(), Duration.ofSeconds(20));
                List<Call> edits = discord.calls().stream()
                        .filter(c -> c.method().equals("PATCH") && c.path().equals(path)).toList();

                List<Call> partials = edits.subList(0, edits.indexOf(last));
                assertThat(partials).as("the answer took about 2.5 s to write").hasSizeBetween(2, 4);
                for (Call p : partials) {
                    assertThat(p.body().get("content").asText()).startsWith("\u270D\uFE0F Foreign");
                    assertThat(p.body().get("embeds")).isEmpty();
                }
                for (int i = 1; i < partials.size(); i++) {
                    long gapMs = (partials.get(i).receivedNanos() - partials.get(i - 1).receivedNanos()) / 1_000_000;
                    assertThat(gapMs).as("gap between partial edits").isGreaterThanOrEqualTo(900);
                }
                assertThat(edits.get(edits.size() - 1)).as("nothing after the final edit").isEqualTo(last);
                assertThat(last.body().get("content").asText()).isEmpty();
                JsonNode embed = last.body().get("embeds").get(0);
                assertThat(embed.get("description").asText()).isEqualTo(SENTENCE + " [1]");
                assertThat(embed.get("fields").get(0).get("value").asText()).contains("Sajid Javid");
                for (Call edit : edits) {
                    assertThat(edit.body().get("allowed_mentions").get("parse")).isEmpty();
                }
            }
        }
    }
}
