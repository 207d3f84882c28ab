package dev.storybot.answer;

import java.util.List;
import java.util.function.Consumer;

/** Composes an answer to a question from retrieved passages. Implementations are thread-safe. */
public interface Answerer {

    /**
     * @param question the user's question, validated
     * @param evidence retrieved passages, best first
     * @param partial  receives the answer text so far while it is being written (may never be called)
     */
    Draft answer(String question, Evidence evidence, Consumer<String> partial);
}
