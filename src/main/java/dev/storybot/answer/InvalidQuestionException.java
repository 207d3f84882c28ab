package dev.storybot.answer;

/** The question cannot be asked as given (empty, too long); the message tells the user what to change. */
public final class InvalidQuestionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidQuestionException(String message) {
        super(message);
    }
}
