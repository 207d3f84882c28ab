package dev.storybot.discord;

import org.slf4j.Logger;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Logs failures under a short id that the user is shown, so a report can be matched to the log. Thread-safe. */
final class Failures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Failures() {
    }

    /** A new error id: 8 hexadecimal digits. */
    static String newId() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Logs {@code error} as the failure of {@code what} and returns the error id it was logged with. */
    static String log(Logger log, String what, Throwable error) {
        String id = newId();
        log.error("Failed {} (error id {})", what, id, unwrap(error));
        return id;
    }

    /** The cause of a wrapped failure (a future's completion or execution exception). */
    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
