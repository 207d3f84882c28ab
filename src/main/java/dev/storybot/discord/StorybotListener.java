package dev.storybot.discord;

import dev.storybot.answer.Answer;
import dev.storybot.commands.Commands;
import dev.storybot.commands.Reply;
import dev.storybot.discord.Deferred.Outcome;
import dev.storybot.index.FeedbackStore;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * storybot in Discord: a JDA listener for {@code /ask}, {@code /kb ...}, {@code /help}, their autocompletion and
 * storybot's buttons. Another JDA bot can host storybot by adding this listener and registering
 * {@link #commandData()}; events that are not storybot's (other commands, buttons without storybot's id
 * prefix) are left alone.
 *
 * <p>Every interaction is acknowledged at once on JDA's event thread (a refusal is replied ephemerally there,
 * otherwise the reply is deferred); the work runs on this listener's own threads and ends by editing the
 * deferred response. Nothing storybot sends can mention anyone. Thread-safe; {@link #close()} stops its
 * threads.
 */
public final class StorybotListener extends ListenerAdapter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorybotListener.class);
    /** Streaming answers and refresh progress edit the response at most this often. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
    /** Longest a command may take before the user is told it failed (an interaction lives 15 minutes). */
    static final Duration WORK_TIMEOUT = Duration.ofMinutes(10);
    private static final int ASK_THREADS = 4;
    private static final int ASK_QUEUE = 64;
    private static final int KB_QUEUE = 8;
    /** Longest autocompletion choice Discord accepts. */
    private static final int MAX_CHOICE_LENGTH = 100;

    private final Commands commands;
    private final FeedbackStore feedback;
    private final Moderators moderators;
    private final AskLimits limits;
    private final Uploads uploads;
    private final String moderatorHint;
    private final ExecutorService askPool;
    private final ExecutorService kbPool;

    /**
     * @param commands the platform-neutral command handlers
     * @param feedback where answers and votes are stored
     * @param options  moderator role, cooldown and concurrency cap
     */
    public StorybotListener(Commands commands, FeedbackStore feedback, DiscordOptions options) {
        this(commands, feedback, options, Uploads.create());
    }

    StorybotListener(Commands commands, FeedbackStore feedback, DiscordOptions options, Uploads uploads) {
        this.commands = commands;
        this.feedback = feedback;
        this.moderators = new Moderators(options.moderatorRoleId());
        this.limits = new AskLimits(options.askCooldown(), options.maxConcurrentAsksPerGuild(), System::nanoTime);
        this.uploads = uploads;
        this.moderatorHint = options.moderatorRoleId().isEmpty() ? "the Manage Server permission"
                : "the Manage Server permission or the moderator role";
        // questions, status, help and buttons; and, apart, knowledge changes one at a time, so that a long
        // refresh never holds up questions
        this.askPool = pool("storybot-ask", ASK_THREADS, ASK_QUEUE);
        this.kbPool = pool("storybot-kb", 1, KB_QUEUE);
    }

    /** The slash commands to register (globally or in one server) for this listener. */
    public static List<CommandData> commandData() {
        return SlashCommands.all();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!SlashCommands.isOurs(event.getName())) {
            return;
        }
        try {
            switch (event.getName()) {
                case SlashCommands.ASK -> ask(event);
                case SlashCommands.KB -> kb(event);
                default -> help(event);
            }
        } catch (RuntimeException e) {
            failOnEventThread(event, "handling /" + event.getFullCommandName(), e);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!ComponentIds.isOurs(event.getComponentId())) {
            return;
        }
        try {
            Optional<ComponentIds.Action> action = ComponentIds.parse(event.getComponentId());
            if (action.isEmpty()) {
                replyEphemeral(event, Render.notice("This button is no longer valid: ask the question again."));
            } else if (action.get() instanceof ComponentIds.ShowPassage show) {
                Deferred d = defer(event, true, "showing the cited passage");
                run(askPool, d, () -> feedback.answer(show.answerId())
                        .flatMap(a -> a.citation(show.n()))
                        .map(c -> Outcome.show(Render.passage(c)))
                        .orElseGet(() -> Outcome.notice(Render.notice("That answer is no longer stored: ask the question again."))));
            } else {
                ComponentIds.Vote vote = (ComponentIds.Vote) action.get();
                String userId = event.getUser().getId();
                Deferred d = defer(event, true, "recording your vote");
                run(askPool, d, () -> feedback.vote(vote.answerId(), userId, vote.vote())
                        ? Outcome.show(Render.notice("Thanks: your " + (vote.vote() == FeedbackStore.Vote.UP ? "\uD83D\uDC4D" : "\uD83D\uDC4E")
                        + " was recorded."))
                        : Outcome.notice(Render.notice("That answer is no longer stored, so the vote was not recorded.")));
            }
        } catch (RuntimeException e) {
            failOnEventThread(event, "handling a button", e);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!SlashCommands.KB.equals(event.getName()) || !SlashCommands.REMOVE.equals(event.getSubcommandName())) {
            return;
        }
        try {
            List<Command.Choice> choices = new ArrayList<>();
            if (isModerator(event)) {
                for (String name : commands.documents(event.getFocusedOption().getValue())) {
                    if (name.length() <= MAX_CHOICE_LENGTH) {
                        choices.add(new Command.Choice(name, name));
                    }
                }
            }
            event.replyChoices(choices).queue(ok -> { }, e -> LOG.warn("Could not send autocompletion: {}", e.toString()));
        } catch (RuntimeException e) {
            Failures.log(LOG, "autocompleting /kb remove", e);
        }
    }

    /** Stops taking work and waits briefly for work in progress. */
    @Override
    public void close() {
        askPool.shutdown();
        kbPool.shutdown();
        try {
            if (!askPool.awaitTermination(5, TimeUnit.SECONDS)) {
                askPool.shutdownNow();
            }
            if (!kbPool.awaitTermination(5, TimeUnit.SECONDS)) {
                kbPool.shutdownNow();
            }
        } catch (InterruptedException e) {
            askPool.shutdownNow();
            kbPool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    // --- /ask ----------------------------------------------------------------------------------------------

    private void ask(SlashCommandInteractionEvent event) {
        String question = event.getOption(SlashCommands.QUESTION, "", OptionMapping::getAsString);
        boolean ephemeral = event.getOption(SlashCommands.PRIVATE, false, OptionMapping::getAsBoolean);
        String userId = event.getUser().getId();
        Guild guild = event.getGuild();
        String guildId = guild == null ? null : guild.getId();
        AskLimits.Decision decision = limits.tryStart(userId, guildId == null ? "dm:" + userId : guildId);
        if (decision instanceof AskLimits.Limited limited) {
            replyEphemeral(event, Render.notice(limited.message()));
            return;
        }
        AskLimits.Permit permit = (AskLimits.Permit) decision;
        try {
            Deferred d = defer(event, ephemeral, "answering your question");
            Throttle throttle = new Throttle(PROGRESS_INTERVAL, System::nanoTime);
            run(askPool, d, () -> {
                try {
                    Reply reply = commands.ask(question, partial -> {
                        if (throttle.tryAcquire()) {
                            d.progress(Render.partial(partial));
                        }
                    });
                    if (reply instanceof Reply.Answered answered) {
                        return Outcome.show(Render.answer(answered.answer(), store(answered.answer(), guildId, userId)));
                    }
                    return reply instanceof Reply.Refused ? Outcome.notice(Render.reply(reply)) : Outcome.show(Render.reply(reply));
                } finally {
                    permit.release();
                }
            }, permit::release);
        } catch (RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    /** Stores the answer for its buttons; without storage the answer is still shown, without buttons. */
    private OptionalLong store(Answer answer, String guildId, String userId) {
        try {
            return OptionalLong.of(feedback.saveAnswer(answer, guildId, userId));
        } catch (RuntimeException e) {
            Failures.log(LOG, "storing an answer for its buttons (shown without them)", e);
            return OptionalLong.empty();
        }
    }

    // --- /kb and /help -------------------------------------------------------------------------------------

    private void kb(SlashCommandInteractionEvent event) {
        String sub = String.valueOf(event.getSubcommandName());
        if (SlashCommands.STATUS.equals(sub)) {
            Deferred d = defer(event, true, "reading the knowledge base status");
            run(askPool, d, () -> outcome(commands.status()));
            return;
        }
        if (!isModerator(event)) {
            LOG.warn("Refused /kb {} to user {} ({}) in guild {}: not a moderator", sub, event.getUser().getId(),
                    event.getUser().getName(), event.getGuild() == null ? "-" : event.getGuild().getId());
            replyEphemeral(event, Render.notice("\u26D4 /kb " + sub + " is for moderators (" + moderatorHint + ")."));
            return;
        }
        LOG.info("/kb {} by moderator {} in guild {}", sub, event.getUser().getId(),
                event.getGuild() == null ? "-" : event.getGuild().getId());
        switch (sub) {
            case SlashCommands.REFRESH -> {
                Deferred d = defer(event, true, "refreshing the knowledge base");
                Throttle throttle = new Throttle(PROGRESS_INTERVAL, System::nanoTime);
                run(kbPool, d, () -> outcome(commands.refresh(line -> {
                    if (throttle.tryAcquire()) {
                        d.progress(Render.notice("\uD83D\uDD04 " + line));
                    }
                })));
            }
            case SlashCommands.UPLOAD -> upload(event);
            case SlashCommands.REMOVE -> {
                String document = event.getOption(SlashCommands.DOCUMENT, "", OptionMapping::getAsString);
                Deferred d = defer(event, true, "removing " + document);
                run(kbPool, d, () -> outcome(commands.remove(document)));
            }
            default -> replyEphemeral(event, Render.notice("Unknown /kb command: use /help to see the commands."));
        }
    }

    private void upload(SlashCommandInteractionEvent event) {
        Message.Attachment file = event.getOption(SlashCommands.FILE, null, OptionMapping::getAsAttachment);
        if (file == null) {
            replyEphemeral(event, Render.notice("\u26D4 Attach a .md, .txt or .html file to /kb upload."));
            return;
        }
        Optional<String> problem = Uploads.problem(file.getFileName(), file.getSize());
        if (problem.isPresent()) {
            replyEphemeral(event, Render.notice("\u26D4 " + problem.get()));
            return;
        }
        String name = file.getFileName();
        String url = file.getUrl();
        Deferred d = defer(event, true, "adding " + name);
        run(kbPool, d, () -> {
            byte[] content;
            try {
                content = uploads.download(url, name);
            } catch (Uploads.UploadException e) {
                return Outcome.notice(Render.notice("\u26D4 " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while downloading " + name, e);
            }
            return outcome(commands.upload(name, content));
        });
    }

    private void help(SlashCommandInteractionEvent event) {
        Deferred d = defer(event, true, "showing the help");
        run(askPool, d, () -> {
            Rendered help = Render.reply(commands.help());
            Reply status = commands.status();
            if (!(status instanceof Reply.Info info)) {
                return Outcome.show(help);
            }
            int room = MessageEmbed.EMBED_MAX_LENGTH_BOT - help.embeds().stream().mapToInt(MessageEmbed::getLength).sum();
            Rendered statusEmbed = Render.info(new Reply.Info("Knowledge base", info.lines()), room);
            List<MessageEmbed> embeds = new ArrayList<>(help.embeds());
            embeds.addAll(statusEmbed.embeds());
            return Outcome.show(new Rendered("", embeds, List.of()));
        });
    }

    private static Outcome outcome(Reply reply) {
        return reply instanceof Reply.Refused ? Outcome.notice(Render.reply(reply)) : Outcome.show(Render.reply(reply));
    }

    // --- plumbing ------------------------------------------------------------------------------------------

    private boolean isModerator(Interaction event) {
        try {
            GuildChannel channel = event.getGuildChannel();
            return moderators.allows(event.getMember(), channel);
        } catch (IllegalStateException e) { // not in a server channel
            return false;
        }
    }

    private static Deferred defer(IReplyCallback event, boolean ephemeral, String what) {
        event.deferReply(ephemeral).queue(ok -> { }, e -> LOG.warn("Could not acknowledge the interaction for {}: {}", what, e.toString()));
        return new Deferred(event.getHook(), ephemeral, what);
    }

    private static void run(ExecutorService pool, Deferred d, Supplier<Outcome> work) {
        run(pool, d, work, () -> { });
    }

    /** Runs {@code work} on {@code pool} and ends {@code d} with its outcome, its failure or a time-out. */
    private static void run(ExecutorService pool, Deferred d, Supplier<Outcome> work, Runnable onNotRun) {
        CompletableFuture<Outcome> future;
        try {
            future = CompletableFuture.supplyAsync(work, pool);
        } catch (RejectedExecutionException e) {
            onNotRun.run();
            LOG.warn("Too busy for {}: the queue is full or the bot is stopping", d.what());
            d.complete(Outcome.notice(Render.notice("\u23F3 storybot is too busy right now: please try again in a minute.")));
            return;
        }
        future.orTimeout(WORK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).whenComplete((outcome, error) -> {
            if (error != null) {
                d.fail(error);
            } else {
                d.complete(outcome);
            }
        });
    }

    private static void replyEphemeral(IReplyCallback event, Rendered message) {
        event.reply(message.toCreate()).setEphemeral(true)
                .queue(ok -> { }, e -> LOG.warn("Could not reply to an interaction: {}", e.toString()));
    }

    /** The last resort for an unexpected failure on JDA's event thread: an ephemeral message with the error id. */
    private static void failOnEventThread(IReplyCallback event, String what, RuntimeException error) {
        String id = Failures.log(LOG, what, error);
        Rendered message = Render.failure(what, id);
        if (!event.isAcknowledged()) {
            replyEphemeral(event, message);
        } else {
            new Deferred(event.getHook(), false, what).complete(Outcome.notice(message));
        }
    }

    private static ExecutorService pool(String name, int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, name + "-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
