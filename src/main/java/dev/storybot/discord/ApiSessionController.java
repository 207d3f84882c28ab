package dev.storybot.discord;

import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.data.DataObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A JDA session controller whose gateway address comes from the configured Discord API
 * ({@code GET gateway/bot}), so that a bot pointed at another API (a proxy, a test stand-in) also connects
 * to that API's gateway. JDA's default controller returns Discord's fixed gateway address instead.
 * Thread-safe.
 */
final class ApiSessionController extends SessionControllerAdapter {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final URI gatewayBot;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** @param apiUrl the REST base URL, ending with {@code /} (e.g. {@code https://discord.com/api/v10/}) */
    ApiSessionController(URI apiUrl, String token) {
        this.gatewayBot = apiUrl.resolve("gateway/bot");
        this.authorization = "Bot " + token;
    }

    /**
     * The gateway address the API gives this bot.
     *
     * @throws InvalidTokenException when the API rejects the token
     * @throws GatewayUnavailableException when the API cannot be reached or answers otherwise
     */
    @Override
    public String getGateway() {
        HttpRequest request = HttpRequest.newBuilder(gatewayBot)
                .header("Authorization", authorization)
                .header("User-Agent", RestConfig.USER_AGENT)
                .timeout(TIMEOUT)
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GatewayUnavailableException("cannot reach the Discord API at " + gatewayBot + " (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailableException("interrupted while asking " + gatewayBot + " for the gateway address");
        }
        if (response.statusCode() == 401) {
            throw new InvalidTokenException();
        }
        if (response.statusCode() != 200) {
            throw new GatewayUnavailableException("the Discord API at " + gatewayBot + " answered HTTP " + response.statusCode());
        }
        try {
            return DataObject.fromJson(response.body()).getString("url");
        } catch (RuntimeException e) {
            throw new GatewayUnavailableException("the Discord API at " + gatewayBot + " gave no gateway address");
        }
    }

    /** The gateway address could not be learnt from the API; the message says why. */
    static final class GatewayUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GatewayUnavailableException(String message) {
            super(message);
        }
    }
}
