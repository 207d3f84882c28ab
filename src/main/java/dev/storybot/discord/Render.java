package dev.storybot.discord;

import dev.storybot.answer.Answer;
import dev.storybot.answer.Citation;
import dev.storybot.commands.Reply;
import dev.storybot.index.FeedbackStore;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Renders storybot's replies as Discord messages that always fit Discord's limits (content 2,000; embed
 * title 256, description 4,096, field 1,024, 25 fields, 6,000 in all): long text is cut with an ellipsis,
 * never rejected. Every piece of text that comes from users or documents is escaped ({@link Text#escape}).
 * Stateless and thread-safe.
 */
final class Render {

    /** Passages that get a button of their own (four rows of five; the fifth row holds the votes). */
    static final int MAX_PASSAGE_BUTTONS = 20;
    private static final int ANSWER_COLOR = 0x5865F2;
    private static final int ABSTAIN_COLOR = 0x99AAB5;
    private static final int FOOTER_MAX = 160;
    private static final int MIN_FIELD_VALUE = 40;
    private static final int SOURCE_RESERVE_EACH = 180;
    private static final int SOURCE_RESERVE_MAX = 3000;

    private Render() {
    }

    /**
     * An answer: its text with {@code [n]} markers, then the numbered sources (document, location and the
     * verbatim quote), a button per cited passage and 👍/👎 buttons. An abstention has no sources. Without an
     * {@code answerId} (the answer could not be stored) there are no buttons.
     */
    static Rendered answer(Answer answer, OptionalLong answerId) {
        String title = Text.fit("\u2753 " + Text.escape(Text.oneLine(answer.question())), MessageEmbed.TITLE_MAX_LENGTH);
        int budget = MessageEmbed.EMBED_MAX_LENGTH_BOT - title.length() - FOOTER_MAX;
        List<Citation> citations = answer.citations();
        int reserve = Math.min(SOURCE_RESERVE_MAX, Math.min(citations.size(), MessageEmbed.MAX_FIELD_AMOUNT) * SOURCE_RESERVE_EACH);
        String text = answer.text().isBlank() ? "(no answer text)" : Text.escape(answer.text().strip());
        String description = Text.fit(text, Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, budget - reserve));
        budget -= description.length();

        EmbedBuilder embed = new EmbedBuilder()
                .setColor(answer.abstained() ? ABSTAIN_COLOR : ANSWER_COLOR)
                .setTitle(title)
                .setDescription(description);
        int shown = 0;
        for (Citation c : citations) {
            if (shown == MessageEmbed.MAX_FIELD_AMOUNT) {
                break;
            }
            String name = Text.fit("[" + c.n() + "] " + Text.escape(Text.oneLine(c.source() + " \u2014 " + c.location())),
                    MessageEmbed.TITLE_MAX_LENGTH);
            int room = Math.min(MessageEmbed.VALUE_MAX_LENGTH, budget - name.length());
            if (room < MIN_FIELD_VALUE) {
                break;
            }
            String quote = Text.oneLine(c.quote());
            String value = Text.fit("> " + (quote.isEmpty() ? "(see the passage)" : Text.escape(quote)), room);
            embed.addField(name, value, false);
            budget -= name.length() + value.length();
            shown++;
        }
        String footer;
        if (answer.abstained()) {
            footer = "The story does not answer this, so there are no sources.";
        } else {
            footer = citations.size() + (citations.size() == 1 ? " source" : " sources")
                    + (shown < citations.size() ? " (" + (citations.size() - shown) + " not shown: too long for Discord)" : "")
                    + " \u00B7 " + answer.answerer() + " \u00B7 " + answer.latencyMs() + " ms";
        }
        embed.setFooter(Text.fit(footer, FOOTER_MAX));

        List<ActionRow> rows = new ArrayList<>();
        if (answerId.isPresent()) {
            long id = answerId.getAsLong();
            List<Button> passages = new ArrayList<>();
            for (Citation c : citations) {
                if (passages.size() == MAX_PASSAGE_BUTTONS) {
                    break;
                }
                passages.add(Button.secondary(ComponentIds.passage(id, c.n()), "Passage [" + c.n() + "]"));
            }
            for (int i = 0; i < passages.size(); i += 5) {
                rows.add(ActionRow.of(passages.subList(i, Math.min(i + 5, passages.size()))));
            }
            rows.add(ActionRow.of(
                    Button.secondary(ComponentIds.vote(id, FeedbackStore.Vote.UP), Emoji.fromUnicode("\uD83D\uDC4D")),
                    Button.secondary(ComponentIds.vote(id, FeedbackStore.Vote.DOWN), Emoji.fromUnicode("\uD83D\uDC4E"))));
        }
        return new Rendered("", List.of(embed.build()), rows);
    }

    /** The answer so far, while a streaming answerer writes it. */
    static Rendered partial(String text) {
        return Rendered.text(Text.fit("\u270D\uFE0F " + Text.escape(text == null ? "" : text.strip()), Message.MAX_CONTENT_LENGTH));
    }

    /** The whole passage of a citation, with the quoted sentences in bold. */
    static Rendered passage(Citation c) {
        String passage = c.passage().strip();
        int at = c.quote().isBlank() ? -1 : passage.indexOf(c.quote());
        String description = at < 0 ? Text.escape(passage)
                : Text.escape(passage.substring(0, at)) + "**" + Text.escape(c.quote()) + "**"
                + Text.escape(passage.substring(at + c.quote().length()));
        if (description.length() > MessageEmbed.DESCRIPTION_MAX_LENGTH) {
            description = Text.fit(Text.escape(passage), MessageEmbed.DESCRIPTION_MAX_LENGTH);
        }
        MessageEmbed embed = new EmbedBuilder()
                .setColor(ANSWER_COLOR)
                .setTitle(Text.fit("[" + c.n() + "] " + Text.escape(Text.oneLine(c.source())), MessageEmbed.TITLE_MAX_LENGTH))
                .setDescription(description.isEmpty() ? "(empty passage)" : description)
                .setFooter(Text.fit(Text.oneLine(c.location()), MessageEmbed.TEXT_MAX_LENGTH))
                .build();
        return new Rendered("", List.of(embed), List.of());
    }

    /** A reply of a command handler other than an answer: information, or a refusal. */
    static Rendered reply(Reply reply) {
        if (reply instanceof Reply.Answered a) {
            return answer(a.answer(), OptionalLong.empty());
        }
        if (reply instanceof Reply.Info info) {
            return info(info);
        }
        return notice("\u26D4 " + ((Reply.Refused) reply).message());
    }

    /** Information as an embed: the title and one line of description per line. */
    static Rendered info(Reply.Info info) {
        return info(info, MessageEmbed.EMBED_MAX_LENGTH_BOT);
    }

    /** Information as an embed of at most {@code maxLength} characters (title and description together). */
    static Rendered info(Reply.Info info, int maxLength) {
        String title = Text.fit(Text.escape(Text.oneLine(info.title())), Math.min(MessageEmbed.TITLE_MAX_LENGTH, maxLength / 4));
        String description = Text.fit(Text.escape(String.join("\n", info.lines())),
                Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, maxLength - title.length()));
        MessageEmbed embed = new EmbedBuilder()
                .setColor(ANSWER_COLOR)
                .setTitle(title.isEmpty() ? null : title)
                .setDescription(description.isEmpty() ? "\u2026" : description)
                .build();
        return new Rendered("", List.of(embed), List.of());
    }

    /** A short message to one user, e.g. a refusal or a limit. */
    static Rendered notice(String message) {
        return Rendered.text(Text.fit(Text.escape(message), Message.MAX_CONTENT_LENGTH));
    }

    /** What the user sees when something failed: what failed and the error id that is in the log. */
    static Rendered failure(String what, String errorId) {
        return Rendered.text(Text.fit("\u26A0\uFE0F Something went wrong while " + Text.escape(what) + ". Please try again;"
                + " if it keeps happening, give a moderator the error id `" + errorId + "`.", Message.MAX_CONTENT_LENGTH));
    }
}
