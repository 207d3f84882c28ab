package dev.storybot.discord;

import dev.storybot.App;
import dev.storybot.Settings;
import dev.storybot.cli.Cli;
import dev.storybot.index.FeedbackStore;
import dev.storybot.knowledge.KnowledgeException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * storybot as a Discord bot of its own: one JDA connection (no privileged intents; only {@code GUILDS}, so
 * that servers and their roles are known), REST and gateway taken from {@code DISCORD_API_URL}, the slash
 * commands registered globally or in {@code DISCORD_GUILD_ID}, and {@link StorybotListener} answering.
 * {@link #run(App)} is the launcher {@code java -jar storybot.jar} uses when a token is configured.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    /** How long a stop requested during start-up waits for start-up to finish before closing what it can. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
    private static final String TOKEN_HELP = "copy the bot token again from the Discord Developer Portal "
            + "(your application, Bot, Reset Token) into .env as DISCORD_TOKEN=... (see docs/discord.md)";

    private final JDA jda;
    private final StorybotListener listener;
    private final ShutdownWatch watch;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DiscordBot(JDA jda, StorybotListener listener, ShutdownWatch watch) {
        this.jda = jda;
        this.listener = listener;
        this.watch = watch;
    }

    /**
     * Runs the bot until the process is asked to stop (SIGTERM, Ctrl-C) or Discord ends the session, and
     * returns the exit code. A start-up problem (no token, a rejected token, an unreachable API, commands
     * that cannot be registered) is one line on standard error, without a stack trace.
     */
    public static int run(App app) {
        // registered first, so that a SIGTERM during start-up also ends in a clean stop
        CompletableFuture<DiscordBot> started = new CompletableFuture<>();
        Thread stopper = new Thread(() -> {
            LOG.info("Stopping: finishing answers in progress, then disconnecting from Discord");
            DiscordBot running = null;
            try {
                running = started.get(STARTUP_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                LOG.warn("Stopping before start-up finished");
            }
            if (running != null) {
                running.close();
            }
            app.close();
        }, "storybot-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        DiscordBot bot;
        try {
            bot = start(app);
            started.complete(bot);
        } catch (StartupException e) {
            started.complete(null);
            removeHook(stopper);
            System.err.println("storybot: " + e.getMessage());
            return e.exitCode;
        } catch (RuntimeException | Error e) {
            started.complete(null);
            removeHook(stopper);
            throw e;
        }
        try {
            bot.jda.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!removeHook(stopper)) {
            return 0; // the shutdown hook is closing everything
        }
        // Discord ended the session on its own (e.g. the token was reset)
        bot.close();
        CloseCode code = bot.watch.closeCode;
        System.err.println("storybot: Discord ended the session" + (code == null ? "" : ": " + code.getMeaning())
                + (code == CloseCode.AUTHENTICATION_FAILED ? " To fix it, " + TOKEN_HELP + "." : ""));
        return 1;
    }

    /** Removes the shutdown hook; false when the process is already shutting down. */
    private static boolean removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    /**
     * Connects to Discord, builds the index when it is empty (so that the first question is not slow) and
     * registers the commands; returns once the bot is online. The token is checked before anything slow.
     *
     * @throws StartupException with a one-line, user-facing message
     */
    static DiscordBot start(App app) {
        Settings settings = app.settings();
        if (!settings.hasDiscordToken()) {
            throw new StartupException("DISCORD_TOKEN is not set: " + TOKEN_HELP + ".", Cli.USAGE);
        }
        // storybot's own process: nothing it sends may mention anyone, whatever a message forgets to say
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        StorybotListener listener = new StorybotListener(app.commands(), new FeedbackStore(app.database()),
                DiscordOptions.from(settings));
        ShutdownWatch watch = new ShutdownWatch();
        JDA jda = null;
        try {
            jda = builder(settings).addEventListeners(listener, watch).build();
            jda.awaitReady();
            buildIndexIfEmpty(app);
            register(jda, settings.discordGuildId());
            LOG.info("storybot is online in Discord as {} ({} server(s)); commands registered {}",
                    jda.getSelfUser().getName(), jda.getGuilds().size(),
                    settings.discordGuildId().isEmpty() ? "globally (may take up to an hour to appear)"
                            : "in server " + settings.discordGuildId());
            return new DiscordBot(jda, listener, watch);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (jda != null) {
                jda.shutdownNow();
            }
            listener.close();
            throw startupFailure(e, settings, watch.closeCode, jda != null);
        }
    }

    private static void buildIndexIfEmpty(App app) {
        try {
            app.knowledge().ensureBuilt(line -> LOG.info("{}", line))
                    .ifPresent(r -> LOG.info("Index built: {}", r.report().summary()));
            app.asker().warmUp();
        } catch (KnowledgeException e) {
            // the bot still starts, so that moderators can /kb upload; /ask says what is wrong meanwhile
            LOG.warn("The knowledge base is not usable yet: {}", e.getMessage());
        }
    }

    /** The JDA configuration storybot runs with. */
    static JDABuilder builder(Settings settings) {
        // no intents asked for: JDA always adds GUILDS (servers, channels, roles), which is not privileged
        return JDABuilder.createLight(settings.discordToken(), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(settings.discordApiUrl().toString()))
                .setSessionController(new ApiSessionController(settings.discordApiUrl(), settings.discordToken()))
                .setActivity(Activity.listening("/ask"))
                // storybot's own shutdown hook stops things in order: answers, JDA, database
                .setEnableShutdownHook(false);
    }

    private static void register(JDA jda, String guildId) {
        if (guildId.isEmpty()) {
            jda.updateCommands().addCommands(StorybotListener.commandData()).complete();
            return;
        }
        Guild guild = jda.getGuildById(guildId);
        if (guild == null) {
            throw new StartupException("DISCORD_GUILD_ID=" + guildId + ": the bot is not a member of that server. Invite it "
                    + "(docs/discord.md) or remove DISCORD_GUILD_ID to register the commands globally.", Cli.USAGE);
        }
        guild.updateCommands().addCommands(StorybotListener.commandData()).complete();
    }

    private static StartupException startupFailure(Exception e, Settings settings, CloseCode closeCode, boolean built) {
        if (e instanceof StartupException s) {
            return s;
        }
        if (e instanceof InvalidTokenException || closeCode == CloseCode.AUTHENTICATION_FAILED) {
            return new StartupException("Discord rejected DISCORD_TOKEN (401 Unauthorized): " + TOKEN_HELP + ".", Cli.USAGE);
        }
        if (e instanceof ApiSessionController.GatewayUnavailableException) {
            return new StartupException("Cannot connect to Discord: " + e.getMessage()
                    + ". Check the network, or DISCORD_API_URL (now " + settings.discordApiUrl() + ").", 1);
        }
        if (e instanceof ErrorResponseException r) {
            return new StartupException("Discord refused to register the slash commands (" + r.getMeaning() + "): invite "
                    + "the bot with the scopes 'bot applications.commands' (docs/discord.md).", Cli.USAGE);
        }
        if (e instanceof IllegalArgumentException && !built) {
            // JDA's message quotes the token: never print it
            return new StartupException("DISCORD_TOKEN is not a usable bot token (it must be one word, without spaces): "
                    + TOKEN_HELP + ".", Cli.USAGE);
        }
        if (closeCode != null) {
            return new StartupException("Discord closed the connection while logging in: " + closeCode.getMeaning(), 1);
        }
        LOG.debug("Start-up failure", e);
        return new StartupException("Could not connect to Discord: " + e, 1);
    }

    /**
     * Stops in order: answers in progress finish (a few seconds at most), then JDA disconnects. Idempotent.
     * The application (database, which holds the stored answers and votes) is the caller's to close.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        listener.close();
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(STOP_TIMEOUT)) {
                jda.shutdownNow();
                jda.awaitShutdown(STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Remembers why JDA shut down, to say so in one line. */
    private static final class ShutdownWatch extends ListenerAdapter {
        volatile CloseCode closeCode;

        @Override
        public void onShutdown(ShutdownEvent event) {
            closeCode = event.getCloseCode();
        }
    }

    /** Start-up failed for a reason the message explains in one line. */
    static final class StartupException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        StartupException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
