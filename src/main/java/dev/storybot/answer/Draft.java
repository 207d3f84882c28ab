package dev.storybot.answer;

import java.util.List;

/**
 * An answerer's result before the service stamps it with the question and the time taken.
 *
 * @param text      answer text with {@code [n]} markers
 * @param abstained true when the passages do not answer the question
 * @param citations the sources the markers refer to
 * @param answerer  {@code extractive} or {@code llm}
 */
public record Draft(String text, boolean abstained, List<Citation> citations, String answerer) {
    public Draft {
        citations = List.copyOf(citations);
    }

    /** The plain "the story does not say" reply, citing nothing. */
    public static Draft abstention(String text, String answerer) {
        return new Draft(text, true, List.of(), answerer);
    }
}
