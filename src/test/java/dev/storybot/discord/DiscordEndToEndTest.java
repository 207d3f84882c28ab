package dev.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.App;
import dev.storybot.Settings;
import dev.storybot.TestWiring;
import dev.storybot.discord.FakeDiscord.Call;
import dev.storybot.index.FeedbackStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.storybot.discord.FakeDiscord.command;
import static dev.storybot.discord.FakeDiscord.member;
import static dev.storybot.discord.FakeDiscord.option;
import static dev.storybot.discord.FakeDiscord.subcommand;
import static dev.storybot.discord.FakeDiscord.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot as Discord sees it: the real JDA client, wired as in production ({@code Main.wire}, the real
 * knowledge folder and index in a temporary database), connected to a stand-in of Discord's REST API and
 * gateway on loopback. Each test sends INTERACTION_CREATE events through the gateway and asserts what JDA
 * actually sent back over REST.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Path dir;
    private FakeDiscord discord;
    private App app;
    private DiscordBot bot;

    @BeforeAll
    void startTheBotAgainstTheStandIn(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
            for (Path f : files.toList()) {
                Files.copy(f, knowledge.resolve(f.getFileName()));
            }
        }
        discord = new FakeDiscord();
        Map<String, String> env = new HashMap<>();
        env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
        env.put("DISCORD_API_URL", discord.apiUrl());
        env.put("DISCORD_GUILD_ID", FakeDiscord.GUILD_ID);
        env.put("MODERATOR_ROLE_ID", FakeDiscord.MODERATOR_ROLE_ID);
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        env.put("DATABASE_PATH", dir.resolve("storybot.db").toString());
        app = TestWiring.wire(Settings.from(env::get));
        bot = DiscordBot.start(app);
    }

    @AfterAll
    void stop() throws Exception {
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
    void logsInWithoutPrivilegedIntentsAndRegistersTheCommandsInTheConfiguredServer() throws Exception {
        assertThat(discord.awaitIdentified(WAIT)).isTrue();
        assertThat(discord.gatewayResource()).as("JDA's default gateway settings")
                .contains("encoding=json").contains("v=10").contains("compress=zlib-stream");
        assertThat(discord.identify().get("token").asText()).isEqualTo(FakeDiscord.TOKEN);
        assertThat(discord.identify().get("intents").asInt()).as("GUILDS only").isEqualTo(1);
        assertThat(discord.calls()).anyMatch(c -> c.method().equals("GET") && c.path().equals("gateway/bot"));

        Call put = discord.await("command registration", c -> c.method().equals("PUT")
                && c.path().equals("applications/" + FakeDiscord.BOT_ID + "/guilds/" + FakeDiscord.GUILD_ID + "/commands"), WAIT);
        Map<String, JsonNode> byName = new HashMap<>();
        put.body().forEach(c -> byName.put(c.get("name").asText(), c));
        assertThat(byName).containsOnlyKeys("ask", "kb", "help");
        assertThat(byName.get("kb").get("default_member_permissions").asText()).as("Manage Server").isEqualTo("32");
        assertThat(byName.get("ask").get("default_member_permissions").isNull()).isTrue();
        assertThat(byName.get("ask").get("options").get(0).get("max_length").asInt()).isEqualTo(300);
    }

    @Test
    void answersAQuestionByEditingTheDeferredReplyWithTheAnswerAndItsCitations() throws Exception {
        ObjectNode ask = discord.interaction(2, "token-ask", member(user("100000000000000010", "reader")),
                command("ask", option("question", 3, "who opposed the decision")));
        discord.dispatch("INTERACTION_CREATE", ask);

        Call callback = discord.await("the deferred reply", callbackOf(ask), WAIT);
        assertThat(callback.body().get("type").asInt()).as("DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(5);
        assertThat(callback.body().path("data").path("flags").asInt(0) & 64).as("public").isZero();

        Call edit = discord.await("the answer", editOf("token-ask"), WAIT);
        JsonNode embed = edit.body().get("embeds").get(0);
        assertThat(embed.get("title").asText()).contains("who opposed the decision");
        assertThat(embed.get("description").asText()).contains("Jeremy Hunt").contains("[1]").contains("[2]");
        JsonNode source = embed.get("fields").get(0);
        assertThat(source.get("name").asText()).startsWith("[1] huawei-5g-article.txt").contains("section 3");
        assertThat(source.get("value").asText()).contains("Home Secretary Sajid Javid are reportedly among those against the decision");
        int sources = embed.get("fields").size();
        assertThat(sources).isGreaterThanOrEqualTo(2);
        List<String> ids = customIds(edit.body());
        assertThat(ids).hasSize(sources + 2);
        assertThat(ids.subList(0, sources)).allMatch(id -> id.matches("storybot:passage:\\d+:\\d+"));
        assertThat(ids.subList(sources, sources + 2)).allMatch(id -> id.matches("storybot:vote:\\d+:(up|down)"));
        assertAllowsNoMentions(edit.body());
    }

    @Test
    void neverMentionsAnyoneEvenWhenTheQuestionTriesTo() throws Exception {
        ObjectNode ask = discord.interaction(2, "token-ping", member(user("100000000000000011", "prankster")),
                command("ask", option("question", 3, "@everyone <@&" + FakeDiscord.ADMIN_ROLE_ID + "> **who** opposed the decision?"),
                        option("private", 5, true)));
        discord.dispatch("INTERACTION_CREATE", ask);

        Call callback = discord.await("the deferred reply", callbackOf(ask), WAIT);
        assertThat(callback.body().get("data").get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        Call edit = discord.await("the answer", editOf("token-ping"), WAIT);
        String title = edit.body().get("embeds").get(0).get("title").asText();
        assertThat(title).contains("@\u200Beveryone").contains("\\<@&").contains("\\*\\*who\\*\\*");
        assertAllowsNoMentions(edit.body());
    }

    @Test
    void refreshesTheKnowledgeForModeratorsByRoleOrByManageServer() throws Exception {
        ObjectNode byRole = discord.interaction(2, "token-refresh-role",
                member(user("100000000000000020", "moderator"), FakeDiscord.MODERATOR_ROLE_ID), command("kb", subcommand("refresh")));
        ObjectNode byPermission = discord.interaction(2, "token-refresh-admin",
                member(user("100000000000000021", "admin"), FakeDiscord.ADMIN_ROLE_ID), command("kb", subcommand("refresh")));
        discord.dispatch("INTERACTION_CREATE", byRole);
        discord.dispatch("INTERACTION_CREATE", byPermission);

        for (ObjectNode interaction : List.of(byRole, byPermission)) {
            Call callback = discord.await("the deferred reply", callbackOf(interaction), WAIT);
            assertThat(callback.body().get("type").asInt()).isEqualTo(5);
            assertThat(callback.body().get("data").get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        }
        for (String token : List.of("token-refresh-role", "token-refresh-admin")) {
            Call edit = discord.await("the refresh report", c -> editOf(token).test(c) && c.body().has("embeds")
                    && !c.body().get("embeds").isEmpty(), WAIT);
            JsonNode embed = edit.body().get("embeds").get(0);
            assertThat(embed.get("title").asText()).isEqualTo("Knowledge refreshed");
            assertThat(embed.get("description").asText()).contains("0 added, 0 changed, 0 removed");
            assertAllowsNoMentions(edit.body());
        }
    }

    @Test
    void refusesRefreshToAMemberWhoIsNotAModerator() throws Exception {
        ObjectNode refresh = discord.interaction(2, "token-refresh-member",
                member(user("100000000000000030", "member")), command("kb", subcommand("refresh")));
        discord.dispatch("INTERACTION_CREATE", refresh);

        Call callback = discord.await("the refusal", callbackOf(refresh), WAIT);
        assertThat(callback.body().get("type").asInt()).as("CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(4);
        JsonNode data = callback.body().get("data");
        assertThat(data.get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(data.get("content").asText()).contains("/kb refresh is for moderators");
        assertAllowsNoMentions(data);
        Thread.sleep(300);
        assertThat(discord.calls()).noneMatch(editOf("token-refresh-member"));
    }

    @Test
    void showsTheCitedPassageAndStoresAVoteWhenButtonsArePressed() throws Exception {
        String reader = "100000000000000040";
        ObjectNode ask = discord.interaction(2, "token-ask-buttons", member(user(reader, "voter")),
                command("ask", option("question", 3, "who opposed the decision")));
        discord.dispatch("INTERACTION_CREATE", ask);
        Call answer = discord.await("the answer", editOf("token-ask-buttons"), WAIT);
        List<String> ids = customIds(answer.body());
        String passage = ids.stream().filter(id -> id.startsWith("storybot:passage:") && id.endsWith(":1")).findFirst().orElseThrow();
        String up = ids.stream().filter(id -> id.startsWith("storybot:vote:") && id.endsWith(":up")).findFirst().orElseThrow();

        ObjectNode press = discord.interaction(3, "token-press-passage", member(user("100000000000000041", "curious")),
                FakeDiscord.button(passage));
        press.set("message", discord.original("token-ask-buttons"));
        discord.dispatch("INTERACTION_CREATE", press);
        Call deferred = discord.await("the deferred passage", callbackOf(press), WAIT);
        assertThat(deferred.body().get("data").get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        Call shown = discord.await("the passage", editOf("token-press-passage"), WAIT);
        JsonNode embed = shown.body().get("embeds").get(0);
        assertThat(embed.get("description").asText()).contains("**Foreign Secretary Jeremy Hunt");
        assertThat(embed.get("footer").get("text").asText()).contains("section 3");
        assertAllowsNoMentions(shown.body());

        ObjectNode vote = discord.interaction(3, "token-press-vote", member(user(reader, "voter")), FakeDiscord.button(up));
        vote.set("message", discord.original("token-ask-buttons"));
        discord.dispatch("INTERACTION_CREATE", vote);
        Call thanks = discord.await("the vote receipt", editOf("token-press-vote"), WAIT);
        assertThat(thanks.body().get("content").asText()).contains("recorded");
        assertThat(new FeedbackStore(app.database()).feedback()).anySatisfy(f -> {
            assertThat(f.userId()).isEqualTo(reader);
            assertThat(f.vote()).isEqualTo(FeedbackStore.Vote.UP);
            assertThat(f.question()).isEqualTo("who opposed the decision");
            assertThat(f.answer()).contains("Jeremy Hunt");
        });
    }

    @Test
    void addsAnUploadedDocumentAndRefreshes() throws Exception {
        byte[] notes = "# Reading notes\n\nThe club meets on Thursdays to discuss the Huawei story.\n".getBytes(StandardCharsets.UTF_8);
        String attachmentId = discord.newId();
        String url = discord.serveFile("notes.md", notes);
        ObjectNode data = command("kb", subcommand("upload", option("file", 11, attachmentId)));
        ObjectNode attachment = data.putObject("resolved").putObject("attachments").putObject(attachmentId);
        attachment.put("id", attachmentId);
        attachment.put("filename", "notes.md");
        attachment.put("size", notes.length);
        attachment.put("url", url);
        attachment.put("proxy_url", url);
        attachment.put("content_type", "text/markdown; charset=utf-8");
        ObjectNode upload = discord.interaction(2, "token-upload",
                member(user("100000000000000050", "uploader"), FakeDiscord.MODERATOR_ROLE_ID), data);
        discord.dispatch("INTERACTION_CREATE", upload);

        Call edit = discord.await("the upload report", c -> editOf("token-upload").test(c) && c.body().has("embeds")
                && !c.body().get("embeds").isEmpty(), WAIT);
        JsonNode embed = edit.body().get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("Uploaded notes.md");
        assertThat(embed.get("description").asText()).contains("1 added");
        assertThat(dir.resolve("knowledge/notes.md")).hasBinaryContent(notes);
    }

    private static java.util.function.Predicate<Call> callbackOf(ObjectNode interaction) {
        String path = "interactions/" + interaction.get("id").asText() + "/" + interaction.get("token").asText() + "/callback";
        return c -> c.method().equals("POST") && c.path().equals(path);
    }

    private static java.util.function.Predicate<Call> editOf(String token) {
        String path = "webhooks/" + FakeDiscord.BOT_ID + "/" + token + "/messages/@original";
        return c -> c.method().equals("PATCH") && c.path().equals(path);
    }

    private static List<String> customIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : message.get("components")) {
            for (JsonNode component : row.get("components")) {
                ids.add(component.get("custom_id").asText());
            }
        }
        return ids;
    }

    private static void assertAllowsNoMentions(JsonNode message) {
        JsonNode mentions = message.get("allowed_mentions");
        assertThat(mentions).as("allowed_mentions in " + message).isNotNull();
        assertThat(mentions.get("parse").isArray()).isTrue();
        assertThat(mentions.get("parse")).as("parse").isEmpty();
        assertThat(mentions.has("users")).isFalse();
        assertThat(mentions.has("roles")).isFalse();
        assertThat(mentions.path("replied_user").asBoolean(false)).isFalse();
    }
}
