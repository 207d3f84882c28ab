package dev.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

/**
 * A stand-in for Discord on loopback, enough for a real JDA client: the REST API (log-in, gateway address,
 * command registration, interaction callbacks, webhook edits and follow-ups, file downloads) over HTTP, and
 * the gateway over WebSocket (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats, and dispatches the test
 * sends), with the zlib-stream compression JDA asks for by default. It records every REST call.
 */
final class FakeDiscord implements AutoCloseable {

    static final String TOKEN = "fake-bot-token.for-tests";
    static final String BOT_ID = "900000000000000001";
    static final String GUILD_ID = "100000000000000001";
    static final String CHANNEL_ID = "100000000000000002";
    static final String OWNER_ID = "100000000000000003";
    /** A role with Manage Server. */
    static final String ADMIN_ROLE_ID = "100000000000000004";
    /** The configured MODERATOR_ROLE_ID: no permissions of its own. */
    static final String MODERATOR_ROLE_ID = "100000000000000005";
    /** Permissions of @everyone: view channel, send messages, read history, use application commands. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 16) | (1L << 31);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIMESTAMP = "2026-11-28T12:00:00.000000+00:00";

    /**
     * One REST request JDA made: method, path below the API root, query, the JSON body (or payload_json), and
     * when it arrived ({@link System#nanoTime}).
     */
    record Call(String method, String path, String query, JsonNode body, long receivedNanos) {
        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query) + (body == null ? "" : " " + body);
        }
    }

    private final HttpServer http;
    private final Gateway gateway;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> originals = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final CountDownLatch identified = new CountDownLatch(1);
    private volatile JsonNode identify;
    private volatile String gatewayResource;
    private final List<Integer> gatewayCloseCodes = new CopyOnWriteArrayList<>();

    FakeDiscord() throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v10/", this::rest);
        http.createContext("/files/", this::file);
        http.start();
        gateway = new Gateway();
        gateway.start();
        if (!gateway.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the gateway stand-in did not start");
        }
    }

    /** The REST base URL to configure as DISCORD_API_URL. */
    String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    /** Serves {@code content} at the returned URL, as Discord's CDN serves an attachment. */
    String serveFile(String name, byte[] content) {
        files.put(name, content);
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/files/" + name;
    }

    /** A new snowflake dated now: JDA takes an interaction's age (it expires after 15 minutes) from its id. */
    String newId() {
        long discordEpoch = 1420070400000L;
        return Long.toString(((System.currentTimeMillis() - discordEpoch) << 22) | (sequence.incrementAndGet() & 0xFFF));
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The path and query JDA opened the gateway WebSocket with. */
    String gatewayResource() {
        return gatewayResource;
    }

    /** The close codes of the gateway connections that ended, in order. */
    List<Integer> gatewayCloseCodes() {
        return List.copyOf(gatewayCloseCodes);
    }

    /** The IDENTIFY payload JDA sent. */
    JsonNode identify() {
        return identify;
    }

    boolean awaitIdentified(Duration timeout) throws InterruptedException {
        return identified.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends a gateway dispatch event ({@code op 0}) to the connected client. */
    void dispatch(String type, JsonNode data) {
        gateway.dispatch(type, data);
    }

    /** The first recorded call that matches, waiting for it up to {@code timeout}. */
    Call await(String what, Predicate<Call> match, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Optional<Call> found = calls.stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No request for " + what + " within " + timeout + "; JDA sent:\n"
                + String.join("\n", calls.stream().map(Call::toString).toList()));
    }

    /** Every recorded call that matches, after waiting for at least {@code count} of them. */
    List<Call> awaitAll(String what, Predicate<Call> match, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            List<Call> found = calls.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Fewer than " + count + " requests for " + what + " within " + timeout + "; JDA sent:\n"
                + String.join("\n", calls.stream().map(Call::toString).toList()));
    }

    // --- payloads a test builds --------------------------------------------------------------------------

    static ObjectNode user(String id, String name) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", id);
        u.put("username", name);
        u.put("discriminator", "0");
        u.put("global_name", name);
        u.putNull("avatar");
        u.put("public_flags", 0);
        return u;
    }

    static ObjectNode member(ObjectNode user, String... roleIds) {
        ObjectNode m = JSON.createObjectNode();
        m.set("user", user);
        ArrayNode roles = m.putArray("roles");
        for (String r : roleIds) {
            roles.add(r);
        }
        m.putNull("nick");
        m.putNull("avatar");
        m.put("joined_at", TIMESTAMP);
        m.put("deaf", false);
        m.put("mute", false);
        m.put("pending", false);
        m.put("flags", 0);
        m.put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        return m;
    }

    /** An INTERACTION_CREATE payload of {@code type} (2 command, 3 component) from {@code member} in the test channel. */
    ObjectNode interaction(int type, String token, ObjectNode member, JsonNode data) {
        ObjectNode i = JSON.createObjectNode();
        i.put("id", newId());
        i.put("application_id", BOT_ID);
        i.put("type", type);
        i.put("token", token);
        i.put("version", 1);
        i.put("guild_id", GUILD_ID);
        ObjectNode guild = i.putObject("guild");
        guild.put("id", GUILD_ID);
        guild.put("locale", "en-US");
        guild.putArray("features");
        i.put("channel_id", CHANNEL_ID);
        ObjectNode channel = textChannel();
        channel.put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        i.set("channel", channel);
        i.set("member", member);
        i.put("app_permissions", Long.toString(EVERYONE_PERMISSIONS));
        i.put("locale", "en-US");
        i.put("guild_locale", "en-US");
        i.putArray("entitlements");
        i.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        i.put("context", 0);
        i.set("data", data);
        return i;
    }

    /** The {@code data} of a slash command: {@code /name} with options (subcommands included). */
    static ObjectNode command(String name, JsonNode... options) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", "300000000000000" + Math.abs(name.hashCode() % 1000));
        d.put("name", name);
        d.put("type", 1);
        ArrayNode opts = d.putArray("options");
        for (JsonNode o : options) {
            opts.add(o);
        }
        return d;
    }

    static ObjectNode option(String name, int type, Object value) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name);
        o.put("type", type);
        if (value instanceof Boolean b) {
            o.put("value", b);
        } else if (value != null) {
            o.put("value", value.toString());
        }
        return o;
    }

    static ObjectNode subcommand(String name, JsonNode... options) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name);
        o.put("type", 1);
        ArrayNode opts = o.putArray("options");
        for (JsonNode x : options) {
            opts.add(x);
        }
        return o;
    }

    /** The {@code data} of a button press. */
    static ObjectNode button(String customId) {
        ObjectNode d = JSON.createObjectNode();
        d.put("custom_id", customId);
        d.put("component_type", 2);
        return d;
    }

    /** The message last written to the original response of interaction {@code token}, as Discord would show it. */
    ObjectNode original(String token) {
        return originals.get(token);
    }

    // --- REST ----------------------------------------------------------------------------------------------

    private void rest(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath().substring("/api/v10/".length());
            String method = ex.getRequestMethod();
            JsonNode body = body(ex);
            calls.add(new Call(method, path, ex.getRequestURI().getRawQuery(), body, System.nanoTime()));
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            boolean authorized = ("Bot " + TOKEN).equals(auth);
            boolean webhook = path.startsWith("webhooks/") || path.startsWith("interactions/");
            if (!authorized && !webhook) {
                send(ex, 401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
                return;
            }
            Matcher m;
            if (method.equals("GET") && path.equals("gateway/bot")) {
                send(ex, 200, "{\"url\": \"ws://127.0.0.1:" + gateway.getPort() + "\", \"shards\": 1, \"session_start_limit\":"
                        + " {\"total\": 1000, \"remaining\": 999, \"reset_after\": 0, \"max_concurrency\": 1}}");
            } else if (method.equals("GET") && path.equals("users/@me")) {
                ObjectNode self = user(BOT_ID, "storybot");
                self.put("bot", true);
                self.put("verified", true);
                self.put("mfa_enabled", false);
                self.put("flags", 0);
                send(ex, 200, self.toString());
            } else if (method.equals("PUT") && path.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
                ArrayNode out = JSON.createArrayNode();
                for (JsonNode c : body) {
                    ObjectNode cmd = ((ObjectNode) c).deepCopy();
                    cmd.put("id", newId());
                    cmd.put("application_id", BOT_ID);
                    cmd.put("version", newId());
                    if (!cmd.has("type")) {
                        cmd.put("type", 1);
                    }
                    if (path.contains("/guilds/")) {
                        cmd.put("guild_id", GUILD_ID);
                    }
                    out.add(cmd);
                }
                send(ex, 200, out.toString());
            } else if (method.equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
                send(ex, 204, null);
            } else if ((m = Pattern.compile("webhooks/\\d+/([^/]+)/messages/@original").matcher(path)).matches()) {
                if (method.equals("DELETE")) {
                    originals.remove(m.group(1));
                    send(ex, 204, null);
                } else {
                    ObjectNode message = message(body, m.group(1));
                    originals.put(m.group(1), message);
                    send(ex, 200, message.toString());
                }
            } else if (method.equals("POST") && path.matches("webhooks/\\d+/[^/]+")) {
                send(ex, 200, message(body, null).toString());
            } else {
                send(ex, 404, "{\"message\": \"Unknown route in the test stand-in\", \"code\": 0}");
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private void file(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] content = files.get(ex.getRequestURI().getPath().substring("/files/".length()));
            if (content == null) {
                send(ex, 404, "not found");
                return;
            }
            ex.sendResponseHeaders(200, content.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(content);
            }
        }
    }

    /** A message as Discord returns it for a webhook write: the request's content plus the fields Discord adds. */
    private ObjectNode message(JsonNode body, String token) {
        ObjectNode msg = JSON.createObjectNode();
        ObjectNode previous = token == null ? null : originals.get(token);
        msg.put("id", previous != null ? previous.get("id").asText() : newId());
        msg.put("channel_id", CHANNEL_ID);
        ObjectNode author = user(BOT_ID, "storybot");
        author.put("bot", true);
        msg.set("author", author);
        msg.put("content", body != null && body.has("content") ? body.get("content").asText()
                : previous != null ? previous.get("content").asText() : "");
        msg.put("timestamp", TIMESTAMP);
        msg.putNull("edited_timestamp");
        msg.put("tts", false);
        msg.put("mention_everyone", false);
        msg.putArray("mentions");
        msg.putArray("mention_roles");
        msg.putArray("attachments");
        ArrayNode embeds = JSON.createArrayNode();
        JsonNode source = body != null && body.has("embeds") ? body.get("embeds") : previous != null ? previous.get("embeds") : embeds;
        for (JsonNode e : source) {
            embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
        }
        msg.set("embeds", embeds);
        msg.set("components", body != null && body.has("components") ? body.get("components")
                : previous != null ? previous.get("components") : JSON.createArrayNode());
        msg.put("pinned", false);
        msg.put("type", 20);
        msg.put("flags", body != null && body.has("flags") ? body.get("flags").asInt() : 0);
        msg.put("webhook_id", BOT_ID);
        msg.put("application_id", BOT_ID);
        return msg;
    }

    private static JsonNode body(HttpExchange ex) throws IOException {
        byte[] raw = ex.getRequestBody().readAllBytes();
        if (raw.length == 0) {
            return null;
        }
        String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
        String text = new String(raw, StandardCharsets.UTF_8);
        if (type.startsWith("multipart/form-data")) {
            Matcher m = Pattern.compile("name=\"payload_json\"[^\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n(.*?)\\r?\\n--", Pattern.DOTALL)
                    .matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("multipart body without payload_json: " + text);
            }
            text = m.group(1);
        }
        return JSON.readTree(text);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", body.startsWith("{") || body.startsWith("[") ? "application/json" : "text/plain");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode textChannel() {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", CHANNEL_ID);
        c.put("type", 0);
        c.put("guild_id", GUILD_ID);
        c.put("name", "general");
        c.put("position", 0);
        c.putArray("permission_overwrites");
        c.put("nsfw", false);
        c.putNull("parent_id");
        c.putNull("topic");
        c.putNull("last_message_id");
        c.put("rate_limit_per_user", 0);
        c.put("flags", 0);
        return c;
    }

    private static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id);
        r.put("name", name);
        r.put("permissions", Long.toString(permissions));
        r.put("position", position);
        r.put("color", 0);
        r.putObject("colors").put("primary_color", 0);
        r.put("hoist", false);
        r.put("managed", false);
        r.put("mentionable", false);
        r.put("flags", 0);
        return r;
    }

    private static ObjectNode guildCreate() {
        ObjectNode g = JSON.createObjectNode();
        g.put("id", GUILD_ID);
        g.put("name", "Story club");
        g.put("owner_id", OWNER_ID);
        g.put("unavailable", false);
        g.put("member_count", 3);
        g.put("large", false);
        g.put("joined_at", TIMESTAMP);
        g.put("preferred_locale", "en-US");
        g.put("premium_tier", 0);
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        g.put("mfa_level", 0);
        g.put("nsfw_level", 0);
        g.put("afk_timeout", 300);
        g.put("system_channel_flags", 0);
        g.put("premium_progress_bar_enabled", false);
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(ADMIN_ROLE_ID, "Admins", 1L << 5, 2));
        roles.add(role(MODERATOR_ROLE_ID, "Story moderators", 0, 1));
        g.putArray("channels").add(textChannel());
        ObjectNode self = user(BOT_ID, "storybot");
        self.put("bot", true);
        g.putArray("members").add(member(self));
        for (String empty : List.of("threads", "guild_scheduled_events", "emojis", "stickers", "voice_states",
                "presences", "features", "soundboard_sounds", "stage_instances")) {
            g.putArray(empty);
        }
        return g;
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- gateway -------------------------------------------------------------------------------------------

    private final class Gateway extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        private final AtomicInteger sequence = new AtomicInteger();
        private final List<WebSocket> clients = new CopyOnWriteArrayList<>();
        private final Map<WebSocket, Deflater> deflaters = new ConcurrentHashMap<>();

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            gatewayResource = handshake.getResourceDescriptor();
            if (handshake.getResourceDescriptor().contains("compress=zlib-stream")) {
                deflaters.put(conn, new Deflater());
            }
            clients.add(conn);
            send(conn, "{\"op\": 10, \"s\": null, \"t\": null, \"d\": {\"heartbeat_interval\": 41250}}");
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonNode payload;
            try {
                payload = JSON.readTree(message);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            switch (payload.get("op").asInt()) {
                case 1 -> send(conn, "{\"op\": 11, \"s\": null, \"t\": null, \"d\": null}");
                case 2 -> {
                    identify = payload.get("d");
                    ObjectNode ready = JSON.createObjectNode();
                    ready.put("v", 10);
                    ObjectNode self = user(BOT_ID, "storybot");
                    self.put("bot", true);
                    self.put("verified", true);
                    self.put("mfa_enabled", false);
                    self.put("flags", 0);
                    ready.set("user", self);
                    ObjectNode unavailable = JSON.createObjectNode();
                    unavailable.put("id", GUILD_ID);
                    unavailable.put("unavailable", true);
                    ready.putArray("guilds").add(unavailable);
                    ready.put("session_id", "fake-session");
                    ready.put("resume_gateway_url", "ws://127.0.0.1:" + getPort());
                    ready.putArray("shard").add(0).add(1);
                    ObjectNode app = ready.putObject("application");
                    app.put("id", BOT_ID);
                    app.put("flags", 0);
                    ready.putArray("private_channels");
                    ready.putArray("relationships");
                    ready.putArray("presences");
                    ready.putArray("guild_join_requests");
                    dispatch("READY", ready);
                    dispatch("GUILD_CREATE", guildCreate());
                    identified.countDown();
                }
                default -> { } // presence updates and the like
            }
        }

        @Override
        public void onMessage(WebSocket conn, ByteBuffer message) {
            // JDA sends text frames with JSON encoding
        }

        void dispatch(String type, JsonNode data) {
            ObjectNode event = JSON.createObjectNode();
            event.put("op", 0);
            event.put("s", sequence.incrementAndGet());
            event.put("t", type);
            event.set("d", data);
            for (WebSocket c : clients) {
                send(c, event.toString());
            }
        }

        /** Sends a payload, zlib-stream compressed (one shared stream, each message ending in a sync flush) when asked for. */
        private synchronized void send(WebSocket conn, String text) {
            Deflater deflater = deflaters.get(conn);
            if (deflater == null) {
                conn.send(text);
                return;
            }
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            conn.send(out.toByteArray());
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            gatewayCloseCodes.add(code);
            clients.remove(conn);
            Deflater d = deflaters.remove(conn);
            if (d != null) {
                d.end();
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            ex.printStackTrace();
        }
    }
}
