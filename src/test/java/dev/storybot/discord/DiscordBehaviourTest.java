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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dev.storybot.discord.FakeDiscord.command;
import static dev.storybot.discord.FakeDiscord.member;
import static dev.storybot.discord.FakeDiscord.option;
import static dev.storybot.discord.FakeDiscord.subcommand;
import static dev.storybot.discord.FakeDiscord.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What members see when answering streams, fails, is rate-limited, or overlaps a refresh: the real JDA
 * client and the Discord stand-in, with the real command handlers and index over a hand-written answerer
 * and embedding model whose timing and failures the tests control.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordBehaviourTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SENTENCE = "Foreign Secretary Jeremy Hunt and Home Secretary Sajid Javid are reportedly among those against the decision.";
    private static final Citation CITATION = new Citation(1, "huawei-5g-article.txt", "section 3, paragraph 1", SENTENCE, SENTENCE);

    /**
     * Streams the answer a few words at a time, 150 ms apart, when the question starts with "stream"; fails
     * when it starts with "boom"; otherwise answers at once.
     */
    private static final Answerer ANSWERER = (question, evidence, partial) -> {
        if (question.startsWith("boom")) {
            throw new IllegalStateException("the answerer broke");
        }
        if (question.startsWith("stream")) {
            StringBuilder text = new StringBuilder();
            for (String w : SENTENCE.split(" ")) {
                text.append(text.length() == 0 ? "" : " ").append(w);
                partial.accept(text.toString());
                sleep(150);
            }
        }
        return new Draft(SENTENCE + " [1]", false, List.of(CITATION), "llm");
    };

    /** Deterministic word hashes; embedding a batch of documents takes 1.5 s while {@link #slowDocuments} is set. */
    private static volatile boolean slowDocuments;
    private static final EmbeddingModel WORDS = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            if (slowDocuments && segments.size() > 1) {
                sleep(1500);
            }
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

    private Path dir;
    private FakeDiscord discord;
    private App app;
    private DiscordBot bot;

    @BeforeAll
    void start(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.copy(Path.of("knowledge/huawei-5g-article.txt"), knowledge.resolve("huawei-5g-article.txt"));
        discord = new FakeDiscord();
        Map<String, String> env = new HashMap<>();
        env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
        env.put("DISCORD_API_URL", discord.apiUrl());
        env.put("DISCORD_GUILD_ID", FakeDiscord.GUILD_ID);
        env.put("MODERATOR_ROLE_ID", FakeDiscord.MODERATOR_ROLE_ID);
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        env.put("DATABASE_PATH", dir.resolve("storybot.db").toString());
        Settings settings = Settings.from(env::get);
        Database database = Database.open(settings.databasePath());
        KnowledgeIndex index = new KnowledgeIndex(database, WORDS, "word-hashes");
        KnowledgeBase kb = new KnowledgeBase(new KnowledgeFolder(settings.knowledgeDir()), new KnowledgeParser(), index);
        AskService asker = new AskService(new Retriever(index, WORDS), ANSWERER);
        app = new App(settings, database, kb, asker, new Commands(asker, kb));
        bot = DiscordBot.start(app);
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (app != null) {
            app.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void editsTheReplyAsTheAnswerIsWrittenAtMostAboutOnceASecondThenShowsTheCitations() throws Exception {
        ask("token-stream", "100000000000000060", "stream: who opposed the decision");

        Call last = discord.await("the final answer", c -> editOf("token-stream").test(c) && hasEmbeds(c), WAIT);
        List<Call> edits = discord.calls().stream().filter(editOf("token-stream")).toList();
        List<Call> partials = edits.subList(0, edits.indexOf(last));
        assertThat(partials).as("the answer took about 2.4 s to write").hasSizeBetween(2, 4);
        for (Call p : partials) {
            assertThat(p.body().get("content").asText()).startsWith("\u270D\uFE0F Foreign");
            assertThat(p.body().get("embeds")).isEmpty();
        }
        for (int i = 1; i < partials.size(); i++) {
            long gapMs = (partials.get(i).receivedNanos() - partials.get(i - 1).receivedNanos()) / 1_000_000;
            assertThat(gapMs).as("gap between partial edits").isGreaterThanOrEqualTo(900);
        }
        Thread.sleep(300);
        assertThat(discord.calls().stream().filter(editOf("token-stream")).toList()).as("nothing after the final edit").endsWith(last);
        assertThat(last.body().get("content").asText()).isEmpty();
        JsonNode embed = last.body().get("embeds").get(0);
        assertThat(embed.get("description").asText()).isEqualTo(SENTENCE + " [1]");
        assertThat(embed.get("fields").get(0).get("value").asText()).contains("Sajid Javid");
        for (Call edit : edits) {
            assertThat(edit.body().get("allowed_mentions").get("parse")).isEmpty();
        }
    }

    @Test
    void aFailureEndsInAPrivateMessageWithTheErrorIdAndNoThinkingMessageIsLeft() throws Exception {
        ask("token-boom", "100000000000000061", "boom: who opposed the decision");

        Call notice = discord.await("the failure notice", c -> c.method().equals("POST")
                && c.path().equals("webhooks/" + FakeDiscord.BOT_ID + "/token-boom"), WAIT);
        assertThat(notice.body().get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(notice.body().get("content").asText()).contains("Something went wrong while answering your question")
                .containsPattern("error id `[0-9a-f]{8}`");
        assertThat(notice.body().get("allowed_mentions").get("parse")).isEmpty();
        discord.await("the thinking message removed", c -> c.method().equals("DELETE")
                && c.path().equals("webhooks/" + FakeDiscord.BOT_ID + "/token-boom/messages/@original"), WAIT);
    }

    @Test
    void aMemberWhoAsksAgainTooSoonIsToldPrivatelyToWait() throws Exception {
        String member = "100000000000000062";
        ask("token-first", member, "who opposed the decision");
        discord.await("the first answer", c -> editOf("token-first").test(c) && hasEmbeds(c), WAIT);
        ObjectNode second = ask("token-second", member, "who else opposed the decision");

        Call refusal = discord.await("the cooldown notice", callbackOf(second), WAIT);
        assertThat(refusal.body().get("type").asInt()).isEqualTo(4);
        assertThat(refusal.body().get("data").get("flags").asInt() & 64).isEqualTo(64);
        assertThat(refusal.body().get("data").get("content").asText()).containsPattern("please wait \\d+ s before asking again");
        assertThat(refusal.body().get("data").get("allowed_mentions").get("parse")).isEmpty();
    }

    @Test
    void questionsKeepBeingAnsweredWhileARefreshRuns() throws Exception {
        Files.writeString(dir.resolve("knowledge/huawei-5g-article.txt"), "\n\nA new closing paragraph was added to the story.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        slowDocuments = true;
        try {
            ObjectNode refresh = discord.interaction(2, "token-slow-refresh",
                    member(user("100000000000000063", "moderator"), FakeDiscord.MODERATOR_ROLE_ID), command("kb", subcommand("refresh")));
            discord.dispatch("INTERACTION_CREATE", refresh);
            discord.await("the refresh acknowledged", callbackOf(refresh), WAIT);
            Thread.sleep(300); // the refresh is now embedding, for a few seconds

            ask("token-during-refresh", "100000000000000064", "who opposed the decision");
            Call answer = discord.await("the answer", c -> editOf("token-during-refresh").test(c) && hasEmbeds(c), WAIT);
            Call report = discord.await("the refresh report", c -> editOf("token-slow-refresh").test(c) && hasEmbeds(c), WAIT);

            assertThat(answer.receivedNanos()).as("answered before the refresh finished").isLessThan(report.receivedNanos());
            assertThat(report.body().get("embeds").get(0).get("description").asText()).contains("1 changed");
        } finally {
            slowDocuments = false;
        }
    }

    private ObjectNode ask(String token, String userId, String question) {
        ObjectNode ask = discord.interaction(2, token, member(user(userId, "member-" + userId.substring(15))),
                command("ask", option("question", 3, question)));
        discord.dispatch("INTERACTION_CREATE", ask);
        return ask;
    }

    private static boolean hasEmbeds(Call c) {
        return c.body() != null && c.body().has("embeds") && !c.body().get("embeds").isEmpty();
    }

    private static Predicate<Call> callbackOf(ObjectNode interaction) {
        String path = "interactions/" + interaction.get("id").asText() + "/" + interaction.get("token").asText() + "/callback";
        return c -> c.method().equals("POST") && c.path().equals(path);
    }

    private static Predicate<Call> editOf(String token) {
        String path = "webhooks/" + FakeDiscord.BOT_ID + "/" + token + "/messages/@original";
        return c -> c.method().equals("PATCH") && c.path().equals(path);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
