package dev.storybot.discord;

import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.List;
import java.util.Set;

/**
 * storybot's slash commands as Discord registers them: {@code /ask}, {@code /kb status|refresh|upload|remove}
 * and {@code /help}, usable in servers only.
 *
 * <p>Discord's default member permissions apply to a whole command, not to one subcommand, so {@code /kb}
 * (Manage Server) is hidden from members who are not moderators, {@code /kb status} included; everyone sees
 * the knowledge base status in {@code /help}. A server can open {@code /kb} to more members in Server
 * Settings, Integrations: the moderator subcommands are checked again on every use.
 */
final class SlashCommands {

    static final String ASK = "ask";
    static final String KB = "kb";
    static final String HELP = "help";
    static final String QUESTION = "question";
    static final String PRIVATE = "private";
    static final String STATUS = "status";
    static final String REFRESH = "refresh";
    static final String UPLOAD = "upload";
    static final String REMOVE = "remove";
    static final String FILE = "file";
    static final String DOCUMENT = "document";
    /** Longest question Discord lets a user type into {@code /ask}. */
    static final int MAX_QUESTION_CHARS = 300;

    private static final Set<String> NAMES = Set.of(ASK, KB, HELP);

    private SlashCommands() {
    }

    /** Whether a command with this name is storybot's. */
    static boolean isOurs(String name) {
        return NAMES.contains(name);
    }

    static List<CommandData> all() {
        CommandData ask = Commands.slash(ASK, "Ask a question about the story: the answer cites the sentences it comes from")
                .addOptions(
                        new OptionData(OptionType.STRING, QUESTION, "Your question about the story", true)
                                .setMaxLength(MAX_QUESTION_CHARS),
                        new OptionData(OptionType.BOOLEAN, PRIVATE, "Only you see the answer (default: the whole channel sees it)"))
                .setContexts(InteractionContextType.GUILD);
        CommandData kb = Commands.slash(KB, "The knowledge base the answers come from")
                .addSubcommands(
                        new SubcommandData(STATUS, "Documents, passages, last refresh and the embedding model"),
                        new SubcommandData(REFRESH, "Re-read the knowledge folder and say what changed (moderators)"),
                        new SubcommandData(UPLOAD, "Add or replace a .md, .txt or .html document of at most 1 MiB (moderators)")
                                .addOptions(new OptionData(OptionType.ATTACHMENT, FILE, "A UTF-8 .md, .txt or .html file", true)),
                        new SubcommandData(REMOVE, "Delete a document from the knowledge folder (moderators)")
                                .addOptions(new OptionData(OptionType.STRING, DOCUMENT, "The document to delete", true, true)))
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Moderators.PERMISSION))
                .setContexts(InteractionContextType.GUILD);
        CommandData help = Commands.slash(HELP, "What storybot does, its commands and its knowledge base")
                .setContexts(InteractionContextType.GUILD);
        return List.of(ask, kb, help);
    }
}
