package dev.storybot.answer;

import java.util.function.Consumer;

/**
 * The core of storybot: a question in, a cited {@link Answer} (or an abstention) out. Knows nothing of
 * Discord, files or configuration. Thread-safe when its retriever and answerer are.
 */
public final class AskService {

    /** Longest question accepted, in characters. */
    public static final int MAX_QUESTION_CHARS = 1000;

    private final Retriever retriever;
    private final Answerer answerer;

    public AskService(Retriever retriever, Answerer answerer) {
        this.retriever = retriever;
        this.answerer = answerer;
    }

    /** Answers {@code question}. @throws InvalidQuestionException when it is blank or too long */
    public Answer ask(String question) {
        return ask(question, text -> { });
    }

    /**
     * Answers {@code question}, passing the answer text so far to {@code partial} while an answerer that
     * streams writes it.
     *
     * @throws InvalidQuestionException when the question is blank or too long
     */
    public Answer ask(String question, Consumer<String> partial) {
        long start = System.nanoTime();
        String q = validate(question);
        Evidence evidence = retriever.retrieve(q);
        Draft draft = answerer.answer(q, evidence, partial);
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Answer(q, draft.text(), draft.abstained(), draft.citations(), draft.answerer(), ms);
    }

    /**
     * Runs retrieval a few times on throwaway questions so that the first real question does not pay for
     * loading the index into memory, the embedding model's first inferences and the JIT. The answerer runs
     * too when it is the extractive one (a language model is never asked). Safe to skip; costs a fraction of
     * a second.
     */
    public void warmUp() {
        for (String q : new String[]{"who decided what and when", "why were they worried about the plan",
                "where will the meeting take place", "what did the report say", "how many were there"}) {
            Evidence evidence = retriever.retrieve(q);
            if (answerer instanceof ExtractiveAnswerer) {
                answerer.answer(q, evidence, text -> { });
            }
        }
    }

    /** The question stripped of surrounding whitespace. @throws InvalidQuestionException when unusable */
    public static String validate(String question) {
        if (question == null || question.isBlank()) {
            throw new InvalidQuestionException("The question is empty: type a question about the story.");
        }
        String q = question.strip();
        if (q.length() > MAX_QUESTION_CHARS) {
            throw new InvalidQuestionException("The question is too long (" + q.length() + " characters): keep it under "
                    + MAX_QUESTION_CHARS + ".");
        }
        return q;
    }
}
