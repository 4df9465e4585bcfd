package org.fantastictrain.platform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.fantastictrain.platform.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DashboardApiTest extends PlatformTest {
    private static final LocalDate DAY1 = LocalDate.of(2024, 1, 1);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void tenDaysOfTotalAndOneVintage() {
        jdbc.update("DELETE FROM forecast_vintage WHERE series_id = 'total'");
        for (int i = 0; i < 10; i++) {
            jdbc.update(
                    "INSERT INTO observation (series_id, ds, value) VALUES ('total', ?, ?)",
                    DAY1.plusDays(i),
                    100.0 + i);
        }
        // Issued on day 8 for days 9..12: days 9 and 10 have actuals (108, 109).
        double[][] points = {{110, 100, 120}, {105, 104, 106}, {111, 101, 121}, {112, 102, 122}};
        for (int i = 0; i < points.length; i++) {
            jdbc.update(
                    "INSERT INTO forecast_vintage VALUES ('total', 7, ?, ?, ?, ?, ?, 0.8)",
                    DAY1.plusDays(7),
                    DAY1.plusDays(8 + i),
                    points[i][0],
                    points[i][1],
                    points[i][2]);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void overview_carries_every_stored_day_in_columns_and_scores_the_vintages() throws Exception {
        HttpResponse<String> response = get("/api/v1/dashboard/overview?series=total");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("actuals").get("count").asInt()).isEqualTo(10);
        assertThat(body.get("actuals").get("ds").get(0).asString()).isEqualTo("2024-01-01");
        assertThat(body.get("actuals").get("y").get(9).asDouble()).isEqualTo(109.0);
        JsonNode vintage = body.get("vintages").get(0);
        assertThat(vintage.get("issued_on").asString()).isEqualTo("2024-01-08");
        assertThat(vintage.get("model_version").asInt()).isEqualTo(7);
        assertThat(vintage.get("ds").size()).isEqualTo(4);
        assertThat(vintage.get("evaluated_days").asInt()).isEqualTo(2);
        // errors 108-110 = -2 and 109-105 = 4; only 108 lies inside its interval
        assertThat(vintage.get("mae").asDouble()).isEqualTo(3.0);
        assertThat(vintage.get("rmse").asDouble()).isEqualTo(Math.sqrt(10.0));
        assertThat(vintage.get("coverage").asDouble()).isEqualTo(0.5);
        assertThat(body.get("last_load").isNull()).isTrue();
    }

    @Test
    void series_lists_the_stored_range_for_the_picker() throws Exception {
        JsonNode series = json.readTree(get("/api/v1/dashboard/series").body());
        JsonNode total = null;
        for (JsonNode s : series) {
            if (s.get("id").asString().equals("total")) {
                total = s;
            }
        }
        assertThat(total).isNotNull();
        assertThat(total.get("days").asInt()).isEqualTo(10);
        assertThat(total.get("first_day").asString()).isEqualTo("2024-01-01");
        assertThat(total.get("last_day").asString()).isEqualTo("2024-01-10");
    }

    @Test
    void an_unknown_series_is_a_problem_not_an_empty_page() throws Exception {
        HttpResponse<String> response = get("/api/v1/dashboard/overview?series=nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("known series");
    }

    @Test
    void features_say_which_optional_endpoints_exist() throws Exception {
        JsonNode features = json.readTree(get("/api/v1/dashboard/features").body());
        assertThat(features.size()).isEqualTo(3);
        assertThat(features.get("control").isBoolean()
                        && features.get("alarms").isBoolean()
                        && features.get("replays").isBoolean())
                .isTrue();
    }
}
