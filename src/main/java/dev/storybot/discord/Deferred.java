package dev.storybot.discord;

import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A deferred interaction ("storybot is thinking…") and how it ends: progress edits, then exactly one outcome,
 * either the result in place of the original response or an ephemeral notice (a refusal or a failure with its
 * error id) that also removes a public "thinking…" message. Every path ends the "thinking…" state.
 * Thread-safe.
 */
final class Deferred {

    private static final Logger LOG = LoggerFactory.getLogger(Deferred.class);

    /** How a deferred command ends. */
    record Outcome(Rendered message, boolean notice) {
        static Outcome show(Rendered message) {
            return new Outcome(message, false);
        }

        static Outcome notice(Rendered message) {
            return new Outcome(message, true);
        }
    }

    private final InteractionHook hook;
    private final boolean ephemeral;
    private final String what;
    private final AtomicBoolean finished = new AtomicBoolean();
    private CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null); // guarded by this

    /**
     * @param hook      the interaction's hook, after {@code deferReply} was queued
     * @param ephemeral whether the deferred response is ephemeral
     * @param what      what the command does, for logs and failure messages ("answering your question")
     */
    Deferred(InteractionHook hook, boolean ephemeral, String what) {
        this.hook = hook;
        this.ephemeral = ephemeral;
        this.what = what;
    }

    String what() {
        return what;
    }

    /**
     * Shows intermediate content in the original response. Skipped while the previous progress edit is still
     * on its way (so edits never overtake one another) and after the outcome.
     */
    synchronized void progress(Rendered message) {
        if (finished.get() || !inFlight.isDone()) {
            return;
        }
        inFlight = hook.editOriginal(message.toEdit()).submit();
    }

    /** Ends the interaction with {@code outcome}, after any progress edit in flight; later calls are ignored. */
    void complete(Outcome outcome) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<?> previous;
        synchronized (this) {
            previous = inFlight;
        }
        previous.handle((ok, error) -> null).thenRun(() -> {
            if (outcome.notice()) {
                notice(outcome.message());
            } else {
                hook.editOriginal(outcome.message().toEdit()).queue(ok -> { },
                        error -> notice(Render.failure(what, Failures.log(LOG, "showing the result of " + what, error))));
            }
        });
    }

    /** Ends the interaction with a failure: logged with an error id that the user is shown. */
    void fail(Throwable error) {
        if (finished.get()) {
            Failures.log(LOG, what + " (after the reply was sent)", error);
            return;
        }
        complete(Outcome.notice(Render.failure(what, Failures.log(LOG, what, error))));
    }

    private void notice(Rendered message) {
        if (ephemeral) {
            hook.editOriginal(message.toEdit()).queue(ok -> { }, error -> Failures.log(LOG, "telling the user about " + what, error));
            return;
        }
        // the public "thinking…" message goes away; the notice is for the user alone
        hook.sendMessage(message.toCreate()).setEphemeral(true).queue(
                sent -> hook.deleteOriginal().queue(ok -> { }, error -> replaceOriginal(message, error)),
                error -> replaceOriginal(message, error));
    }

    private void replaceOriginal(Rendered message, Throwable why) {
        LOG.warn("Could not send an ephemeral notice for {}: {}; showing it in the original response", what, why.toString());
        hook.editOriginal(message.toEdit()).queue(ok -> { }, error -> Failures.log(LOG, "telling the user about " + what, error));
    }
}
