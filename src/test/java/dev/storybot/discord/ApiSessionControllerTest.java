package dev.storybot.discord;

import com.sun.net.httpserver.HttpServer;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiSessionControllerTest {

    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v10/gateway/bot", ex -> {
            boolean ok = "Bot good".equals(ex.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (ok ? "{\"url\": \"wss://gateway.example.test\", \"shards\": 1}" : "{\"message\": \"401: Unauthorized\"}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(ok ? 200 : 401, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/");
    }

    @Test
    void asksTheConfiguredApiForTheGatewayAddress() {
        assertThat(new ApiSessionController(api(), "good").getGateway()).isEqualTo("wss://gateway.example.test");
    }

    @Test
    void aRejectedTokenIsAnInvalidToken() {
        assertThatThrownBy(() -> new ApiSessionController(api(), "bad").getGateway()).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void anUnreachableApiIsSaidPlainly() {
        URI nowhere = URI.create("http://127.0.0.1:1/api/v10/");
        assertThatThrownBy(() -> new ApiSessionController(nowhere, "good").getGateway())
                .isInstanceOf(ApiSessionController.GatewayUnavailableException.class)
                .hasMessageContaining("cannot reach the Discord API at http://127.0.0.1:1/api/v10/gateway/bot");
    }
}
