package dev.storybot.knowledge;

/** A problem with the knowledge folder that the user can fix; the message says what to do. */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
