package dev.storybot.commands;

import dev.storybot.answer.AskService;
import dev.storybot.answer.InvalidQuestionException;
import dev.storybot.index.IndexStatus;
import dev.storybot.knowledge.KnowledgeException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The bot's commands, independent of any chat platform: {@code /ask}, {@code /kb refresh|status|upload|remove}
 * and {@code /help}. Input in, {@link Reply} out; user mistakes become {@link Reply.Refused}, never exceptions.
 * Who may run the moderator commands is the adapter's decision. Thread-safe.
 */
public final class Commands {

    private final AskService asker;
    private final KnowledgeBase knowledge;

    public Commands(AskService asker, KnowledgeBase knowledge) {
        this.asker = asker;
        this.knowledge = knowledge;
    }

    /** {@code /ask question}. */
    public Reply ask(String question) {
        return ask(question, text -> { });
    }

    /** {@code /ask question}, passing partial answer text to {@code partial} while a streaming answerer writes. */
    public Reply ask(String question, Consumer<String> partial) {
        try {
            AskService.validate(question);
            knowledge.ensureBuilt(msg -> { });
            return new Reply.Answered(asker.ask(question, partial));
        } catch (InvalidQuestionException | KnowledgeException e) {
            return new Reply.Refused(e.getMessage());
        }
    }

    /** {@code /kb refresh}: re-reads the knowledge folder; {@code progress} receives progress lines. */
    public Reply refresh(Consumer<String> progress) {
        try {
            KnowledgeBase.Refreshed r = knowledge.refresh(progress);
            return refreshed("Knowledge refreshed", r);
        } catch (KnowledgeException e) {
            return new Reply.Refused(e.getMessage());
        }
    }

    /** {@code /kb status}. */
    public Reply status() {
        IndexStatus s = knowledge.status();
        List<String> lines = new ArrayList<>();
        lines.add("Documents: " + s.documents());
        lines.add("Passages: " + s.passages());
        lines.add("Last refreshed: " + (s.lastRefreshed() == null ? "never" : s.lastRefreshed().toString()));
        lines.add("Embedding model: " + s.embeddingModel());
        List<String> docs = knowledge.documents();
        if (!docs.isEmpty()) {
            lines.add("Files: " + String.join(", ", docs));
        }
        return new Reply.Info("Knowledge base status", lines);
    }

    /** {@code /kb upload}: adds or replaces a document and refreshes. */
    public Reply upload(String fileName, byte[] content) {
        try {
            return refreshed("Uploaded " + KnowledgeBase.safeName(fileName), knowledge.upload(fileName, content));
        } catch (KnowledgeException e) {
            return new Reply.Refused(e.getMessage());
        }
    }

    /** {@code /kb remove}: deletes a document and refreshes. */
    public Reply remove(String documentName) {
        try {
            return refreshed("Removed " + documentName.strip(), knowledge.remove(documentName));
        } catch (KnowledgeException e) {
            return new Reply.Refused(e.getMessage());
        }
    }

    /** Document names starting with (or containing) {@code prefix}, for autocompletion; at most 25. */
    public List<String> documents(String prefix) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        return knowledge.documents().stream()
                .filter(d -> d.toLowerCase(Locale.ROOT).contains(p))
                .limit(25)
                .toList();
    }

    /** {@code /help}. */
    public Reply help() {
        return new Reply.Info("storybot: answers about the story, with sources", List.of(
                "/ask <question> — answer a question about the story; every claim cites the sentence it comes from [n].",
                "  When the story does not say, the bot says so instead of guessing.",
                "/kb status — documents, passages, last refresh and the embedding model.",
                "/kb refresh — re-read the knowledge folder (moderators).",
                "/kb upload <file> — add or replace a .md, .txt or .html document, at most 1 MiB (moderators).",
                "/kb remove <document> — delete a document (moderators).",
                "/help — this help."));
    }

    private static Reply refreshed(String title, KnowledgeBase.Refreshed r) {
        List<String> lines = new ArrayList<>();
        lines.add(r.report().summary());
        for (String w : r.warnings()) {
            lines.add("Warning: " + w);
        }
        return new Reply.Info(title, lines);
    }
}
