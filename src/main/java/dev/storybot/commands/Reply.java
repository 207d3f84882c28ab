package dev.storybot.commands;

import dev.storybot.answer.Answer;

import java.util.List;

/** What a command handler returns; each adapter (console, Discord) renders it its own way. */
public sealed interface Reply {

    /** An answer to {@code /ask}, with its citations (or an abstention). */
    record Answered(Answer answer) implements Reply {
    }

    /** Information: a title and lines of text (status, refresh report, help). */
    record Info(String title, List<String> lines) implements Reply {
        public Info {
            lines = List.copyOf(lines);
        }
    }

    /** The request was refused because of something the user can fix; the message says what. */
    record Refused(String message) implements Reply {
    }
}
