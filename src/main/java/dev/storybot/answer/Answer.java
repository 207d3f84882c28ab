package dev.storybot.answer;

import java.util.List;
import java.util.Objects;

/**
 * What the bot replies to a question; every adapter renders this value its own way.
 *
 * @param question  the question as asked
 * @param text      the answer, with {@code [n]} markers that refer to {@code citations}
 * @param abstained true when the knowledge does not answer the question (then there are no citations)
 * @param citations numbered sources, in marker order
 * @param answerer  which answerer produced the text: {@code extractive} or {@code llm}
 * @param latencyMs time spent answering in-process, in milliseconds
 */
public record Answer(String question, String text, boolean abstained, List<Citation> citations,
                     String answerer, long latencyMs) {
    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(answerer, "answerer");
        citations = List.copyOf(citations);
        if (abstained && !citations.isEmpty()) {
            throw new IllegalArgumentException("an abstention cites nothing");
        }
    }
}
