package org.fantastictrain.platform.execution.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.fantastictrain.platform.execution.support.ExecutionApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** With {@code ft.security.protect-reads=true} the execution endpoints need the API key too. */
@TestPropertySource(properties = "ft.security.protect-reads=true")
class ProtectedReadsTest extends ExecutionApiTest {

    private static final Path DATA =
            Path.of("target", "test-pg-protected-" + UUID.randomUUID()).toAbsolutePath();
    private static final String BODY = "{\"from\": \"2023-07-01\", \"to\": \"2023-07-02\"}";

    /** A second application context: its embedded PostgreSQL needs its own data directory. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("ft.embedded-postgres.data-dir", DATA::toString);
    }

    @Test
    void a_forecast_without_the_key_is_a_401() throws Exception {
        HttpResponse<String> response = postJson("/api/v1/forecasts", BODY);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(post("/invocations", "text/csv", "ds\n2023-07-01\n").statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_forecast_with_a_wrong_key_is_a_401_and_with_the_key_a_200() throws Exception {
        assertThat(send("wrong").statusCode()).isEqualTo(401);
        assertThat(send(API_KEY).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String key) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri("/api/v1/simulator/input"))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(BODY))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
