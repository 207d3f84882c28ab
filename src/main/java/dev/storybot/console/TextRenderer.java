package dev.storybot.console;

import dev.storybot.answer.Answer;
import dev.storybot.answer.Citation;
import dev.storybot.commands.Reply;

/** Renders replies as plain text for terminals. Stateless and thread-safe. */
public final class TextRenderer {

    private TextRenderer() {
    }

    public static String render(Reply reply) {
        if (reply instanceof Reply.Answered a) {
            return render(a.answer());
        }
        if (reply instanceof Reply.Info info) {
            return info.title() + System.lineSeparator() + String.join(System.lineSeparator(), info.lines().stream()
                    .map(l -> "  " + l).toList());
        }
        return "Sorry: " + ((Reply.Refused) reply).message();
    }

    public static String render(Answer answer) {
        StringBuilder out = new StringBuilder(answer.text());
        if (!answer.citations().isEmpty()) {
            out.append(System.lineSeparator()).append(System.lineSeparator()).append("Sources:");
            for (Citation c : answer.citations()) {
                out.append(System.lineSeparator()).append("  [").append(c.n()).append("] ")
                        .append(c.source()).append(", ").append(c.location())
                        .append(System.lineSeparator()).append("      \u201C").append(c.quote()).append('\u201D');
            }
        }
        return out.toString();
    }
}
