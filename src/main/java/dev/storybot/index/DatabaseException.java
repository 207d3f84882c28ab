package dev.storybot.index;

/**
 * A problem with the index database that the user can act on: the message names the file and says
 * what to do.
 */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
