package dev.storybot.discord;

import dev.storybot.answer.Answer;
import dev.storybot.answer.Citation;
import dev.storybot.commands.Reply;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class RenderTest {

    private static final Citation HUNT = new Citation(1, "huawei-5g-article.txt", "section 3, paragraph 1",
            "Foreign Secretary Jeremy Hunt and Home Secretary Sajid Javid are reportedly among those against the decision.",
            "Foreign Secretary Jeremy Hunt and Home Secretary Sajid Javid are reportedly among those against the decision.");

    private static Answer answer(String question, String text, List<Citation> citations) {
        return new Answer(question, text, false, citations, "extractive", 12);
    }

    @Test
    void showsTheAnswerWithMarkersAndNumberedSourcesWithTheirQuotes() {
        Rendered r = Render.answer(answer("who opposed the decision", "Jeremy Hunt and Sajid Javid were against it. [1]",
                List.of(HUNT)), OptionalLong.of(7));
        MessageEmbed embed = r.embeds().get(0);
        assertThat(embed.getTitle()).contains("who opposed the decision");
        assertThat(embed.getDescription()).isEqualTo("Jeremy Hunt and Sajid Javid were against it. [1]");
        assertThat(embed.getFields()).singleElement().satisfies(f -> {
            assertThat(f.getName()).isEqualTo("[1] huawei-5g-article.txt \u2014 section 3, paragraph 1");
            assertThat(f.getValue()).isEqualTo("> " + HUNT.quote());
        });
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rows().get(0).getButtons()).extracting(b -> b.getCustomId()).containsExactly("storybot:passage:7:1");
        assertThat(r.rows().get(1).getButtons()).extracting(b -> b.getCustomId())
                .containsExactly("storybot:vote:7:up", "storybot:vote:7:down");
    }

    @Test
    void saysPlainlyWhenTheStoryDoesNotAnswerAndShowsNoSources() {
        Rendered r = Render.answer(new Answer("what is the weather", "The story does not say.", true, List.of(), "extractive", 3),
                OptionalLong.of(9));
        MessageEmbed embed = r.embeds().get(0);
        assertThat(embed.getDescription()).isEqualTo("The story does not say.");
        assertThat(embed.getFields()).isEmpty();
        assertThat(embed.getFooter().getText()).contains("no sources");
        assertThat(r.rows()).singleElement().satisfies(row -> assertThat(row.getButtons()).hasSize(2));
    }

    @Test
    void fitsAnyAnswerIntoDiscordsLimits() {
        List<Citation> citations = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            String quote = ("Quote " + n + " with @everyone and **markdown** ").repeat(60);
            citations.add(new Citation(n, "doc-" + "x".repeat(300) + ".md", "location ".repeat(40), quote + " tail", quote));
        }
        Rendered r = Render.answer(answer("q".repeat(2000), "An answer [1] with <@1> and *stars* ".repeat(500), citations),
                OptionalLong.of(Long.MAX_VALUE));

        assertThat(r.content()).hasSizeLessThanOrEqualTo(Message.MAX_CONTENT_LENGTH);
        assertThat(r.embeds().stream().mapToInt(MessageEmbed::getLength).sum()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        MessageEmbed embed = r.embeds().get(0);
        assertThat(embed.getTitle()).hasSizeLessThanOrEqualTo(MessageEmbed.TITLE_MAX_LENGTH);
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH).endsWith(Text.ELLIPSIS);
        assertThat(embed.getFields()).isNotEmpty().hasSizeLessThanOrEqualTo(MessageEmbed.MAX_FIELD_AMOUNT)
                .allSatisfy(f -> {
                    assertThat(f.getName()).hasSizeLessThanOrEqualTo(MessageEmbed.TITLE_MAX_LENGTH);
                    assertThat(f.getValue()).hasSizeLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH);
                });
        assertThat(embed.getFooter().getText()).contains("not shown");
        assertThat(r.rows()).hasSizeLessThanOrEqualTo(Message.MAX_COMPONENT_COUNT);
        assertThat(r.rows().stream().mapToInt(row -> row.getButtons().size()).sum()).isEqualTo(Render.MAX_PASSAGE_BUTTONS + 2);
        r.rows().forEach(row -> row.getButtons().forEach(b -> assertThat(b.getCustomId()).hasSizeLessThanOrEqualTo(100)));
        // and JDA accepts it as a message
        assertThat(r.toEdit().toData().toString()).isNotEmpty();
        assertThat(r.toCreate().toData().toString()).isNotEmpty();
    }

    @Test
    void escapesTheEchoedQuestionAndTheDocumentText() {
        Citation tricky = new Citation(1, "a_b.md", "para 1", "Said **loudly**: @here <@&1>", "Said **loudly**: @here <@&1>");
        Rendered r = Render.answer(answer("@everyone [click](http://x.example) **now**", "Yes [1]", List.of(tricky)), OptionalLong.empty());
        MessageEmbed embed = r.embeds().get(0);
        assertThat(embed.getTitle()).contains("@\u200Beveryone").contains("[click]\\(").contains("\\*\\*now\\*\\*");
        assertThat(embed.getFields().get(0).getName()).contains("a\\_b.md");
        assertThat(embed.getFields().get(0).getValue()).contains("\\*\\*loudly\\*\\*").contains("@\u200Bhere").contains("\\<@&1>");
        assertThat(r.rows()).as("no stored answer, no buttons").isEmpty();
    }

    @Test
    void everyMessageAndEveryEditAllowsNoMentions() {
        List<Rendered> all = List.of(
                Render.answer(answer("q", "a [1]", List.of(HUNT)), OptionalLong.of(1)),
                Render.partial("partial @everyone"),
                Render.passage(HUNT),
                Render.info(new Reply.Info("Status", List.of("Documents: 1"))),
                Render.notice("no @here"),
                Render.failure("answering", "abcd1234"));
        for (Rendered r : all) {
            for (DataObject data : List.of(r.toCreate().toData(), r.toEdit().toData())) {
                DataObject mentions = data.getObject("allowed_mentions");
                assertThat(mentions.getArray("parse").isEmpty()).as("parse in %s", data).isTrue();
                assertThat(mentions.hasKey("users")).isFalse();
                assertThat(mentions.hasKey("roles")).isFalse();
                assertThat(mentions.getBoolean("replied_user")).isFalse();
            }
        }
    }

    @Test
    void showsTheWholePassageWithTheQuoteInBold() {
        Citation c = new Citation(2, "story.md", "section 1, paragraph 2", "Before. The quoted sentence. After.", "The quoted sentence.");
        MessageEmbed embed = Render.passage(c).embeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("[2] story.md");
        assertThat(embed.getDescription()).isEqualTo("Before. **The quoted sentence.** After.");
        assertThat(embed.getFooter().getText()).isEqualTo("section 1, paragraph 2");
    }

    @Test
    void cutsLongNoticesPartialAnswersAndInfoToTheLimits() {
        assertThat(Render.notice("x ".repeat(5000)).content()).hasSizeLessThanOrEqualTo(Message.MAX_CONTENT_LENGTH);
        assertThat(Render.partial("y ".repeat(5000)).content()).hasSizeLessThanOrEqualTo(Message.MAX_CONTENT_LENGTH);
        assertThat(Render.failure("z".repeat(5000), "abcd1234").content()).hasSizeLessThanOrEqualTo(Message.MAX_CONTENT_LENGTH);
        MessageEmbed info = Render.info(new Reply.Info("t".repeat(500), List.of("line ".repeat(2000)))).embeds().get(0);
        assertThat(info.getTitle()).hasSizeLessThanOrEqualTo(MessageEmbed.TITLE_MAX_LENGTH);
        assertThat(info.getDescription()).hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertThat(Render.info(new Reply.Info("t", List.of("line ".repeat(2000))), 1000).embeds().get(0).getLength())
                .isLessThanOrEqualTo(1000);
    }

    @Test
    void aRefusalIsAPlainNotice() {
        Rendered r = Render.reply(new Reply.Refused("No document named 'x_y'."));
        assertThat(r.embeds()).isEmpty();
        assertThat(r.content()).contains("No document named 'x\\_y'.");
    }
}
