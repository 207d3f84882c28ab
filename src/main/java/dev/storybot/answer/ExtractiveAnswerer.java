package dev.storybot.answer;

import dev.storybot.knowledge.Passage;
import dev.storybot.knowledge.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The default answerer: no language model. Picks the sentences of the retrieved passages that answer the
 * question and joins them into a short answer, each sentence followed by its {@code [n]} marker; abstains
 * when no sentence answers. Thread-safe (stateless).
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final String NAME = "extractive";
    public static final String NOT_IN_STORY = "The story does not say.";

    @Override
    public Draft answer(String question, Evidence evidence, Consumer<String> partial) {
        if (evidence.hits().isEmpty()) {
            return Draft.abstention(NOT_IN_STORY, NAME);
        }
        Passage best = evidence.hits().get(0).passage();
        String sentence = Sentences.split(best.text()).get(0);
        List<Citation> citations = new ArrayList<>();
        citations.add(new Citation(1, best.source(), best.location(), best.text(), sentence));
        return new Draft(sentence + " [1]", false, citations, NAME);
    }
}
