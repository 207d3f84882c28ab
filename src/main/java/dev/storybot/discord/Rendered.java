package dev.storybot.discord;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * One message as storybot shows it: content, embeds and rows of buttons, already within Discord's limits.
 * Converts to the data JDA sends for a new message or for an edit; both always carry allowed mentions that
 * allow nothing (JDA does not apply its default mentions to edits of an interaction's original response).
 */
record Rendered(String content, List<MessageEmbed> embeds, List<ActionRow> rows) {

    Rendered {
        Objects.requireNonNull(content, "content");
        embeds = List.copyOf(embeds);
        rows = List.copyOf(rows);
        if (content.length() > Message.MAX_CONTENT_LENGTH) {
            throw new IllegalArgumentException("content longer than " + Message.MAX_CONTENT_LENGTH + ": " + content.length());
        }
        if (embeds.size() > Message.MAX_EMBED_COUNT || embeds.stream().mapToInt(MessageEmbed::getLength).sum()
                > MessageEmbed.EMBED_MAX_LENGTH_BOT) {
            throw new IllegalArgumentException("embeds exceed Discord's limits");
        }
        if (rows.size() > Message.MAX_COMPONENT_COUNT) {
            throw new IllegalArgumentException("more than " + Message.MAX_COMPONENT_COUNT + " rows of components");
        }
    }

    static Rendered text(String content) {
        return new Rendered(content, List.of(), List.of());
    }

    /** Data for a new message (a reply or a follow-up). */
    MessageCreateData toCreate() {
        return new MessageCreateBuilder()
                .setContent(content)
                .setEmbeds(embeds)
                .setComponents(rows)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }

    /** Data that replaces the whole of an existing message: content, embeds and components. */
    MessageEditData toEdit() {
        return new MessageEditBuilder()
                .setContent(content)
                .setEmbeds(embeds)
                .setComponents(rows)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }
}
