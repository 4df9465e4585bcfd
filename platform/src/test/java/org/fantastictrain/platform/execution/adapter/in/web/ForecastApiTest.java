package org.fantastictrain.platform.execution.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.auto.AutoForecaster;
import org.fantastictrain.forecast.auto.AutoModel;
import org.fantastictrain.platform.execution.support.ExecutionApiTest;
import org.fantastictrain.platform.execution.support.LineModel;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ForecastApiTest extends ExecutionApiTest {

    @Test
    void a_range_gets_one_point_per_day_from_the_champion() throws Exception {
        HttpResponse<String> response = postJson("/api/v1/forecasts", """
                {"from": "2023-07-01", "to": "2023-07-30"}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("series").asString()).isEqualTo("corrib_production");
        assertThat(body.get("model_version").asInt()).isEqualTo(1);
        assertThat(body.get("interval_width").asDouble()).isEqualTo(0.8);
        assertThat(body.get("generated_at").asString()).endsWith("Z");
        assertThat(body.get("request_id").asString()).isNotBlank();
        JsonNode points = body.get("points");
        assertThat(points).hasSize(30);
        JsonNode first = points.get(0);
        LocalDate day = LocalDate.of(2023, 7, 1);
        assertThat(first.get("ds").asString()).isEqualTo("2023-07-01");
        assertThat(first.get("kind").asString()).isEqualTo("forecast");
        assertThat(first.get("yhat").asDouble()).isCloseTo(LineModel.standard().value(day), within(1e-9));
        assertThat(first.get("yhat_lower").asDouble())
                .isCloseTo(first.get("yhat").asDouble() - 8, within(1e-9));
        assertThat(first.get("yhat_upper").asDouble())
                .isCloseTo(first.get("yhat").asDouble() + 8, within(1e-9));
        assertThat(first.has("y")).isFalse();
        assertThat(points.get(29).get("ds").asString()).isEqualTo("2023-07-30");
    }

    @Test
    void past_days_are_fitted_points_with_their_actuals() throws Exception {
        JsonNode points = json(postJson("/api/v1/forecasts", """
                {"series": "corrib_production", "from": "2023-06-27", "to": "2023-07-01", "interval_width": 0.5}""")).get("points");

        assertThat(points).hasSize(5);
        assertThat(points.get(0).get("kind").asString()).isEqualTo("fitted");
        assertThat(points.get(0).has("y")).isFalse();
        assertThat(points.get(1).get("ds").asString()).isEqualTo("2023-06-28");
        assertThat(points.get(1).get("y").asDouble()).isEqualTo(50.0);
        assertThat(points.get(3).get("kind").asString()).isEqualTo("fitted");
        assertThat(points.get(3).get("y").asDouble()).isEqualTo(52.0);
        assertThat(points.get(4).get("kind").asString()).isEqualTo("forecast");
        double yhat = points.get(4).get("yhat").asDouble();
        assertThat(points.get(4).get("yhat_upper").asDouble()).isCloseTo(yhat + 5, within(1e-9));
    }

    @Test
    void a_served_forecast_is_logged_with_its_points() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri("/api/v1/forecasts"))
                        .header("Content-Type", "application/json")
                        .header("X-Request-Id", "req-42")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"from\": \"2023-07-01\", \"to\": \"2023-07-07\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Request-Id")).contains("req-42");

        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from served_forecast") == 1);
        Map<String, Object> row = jdbc.queryForMap("select * from served_forecast");
        assertThat(row.get("request_id")).isEqualTo("req-42");
        assertThat(row.get("series_id")).isEqualTo("corrib_production");
        assertThat(row.get("model_version")).isEqualTo(1);
        assertThat(row.get("range_from").toString()).isEqualTo("2023-07-01");
        assertThat(row.get("range_to").toString()).isEqualTo("2023-07-07");
        assertThat(row.get("points")).isEqualTo(7);
        assertThat(row.get("channel")).isEqualTo("http");
        assertThat(count("select count(*) from served_forecast_point where served_id = ?", row.get("id")))
                .isEqualTo(7);
        double yhat =
                jdbc.queryForObject("select yhat from served_forecast_point where ds = '2023-07-01'", Double.class);
        assertThat(yhat).isCloseTo(LineModel.standard().value(LocalDate.of(2023, 7, 1)), within(1e-9));
    }

    @Test
    void a_new_champion_is_served_once_the_alias_moves() throws Exception {
        String request = "{\"from\": \"2023-07-01\", \"to\": \"2023-07-01\"}";
        assertThat(json(postJson("/api/v1/forecasts", request))
                        .get("model_version")
                        .asInt())
                .isEqualTo(1);

        champions.promote(SeriesId.CORRIB_PRODUCTION, 2, new LineModel(LineModel.START, LineModel.END, 70, 0));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode body = json(postJson("/api/v1/forecasts", request));
            assertThat(body.get("model_version").asInt()).isEqualTo(2);
            assertThat(body.get("points").get(0).get("yhat").asDouble()).isEqualTo(70.0);
        });
    }

    @Test
    void the_simulator_returns_the_models_input_frame() throws Exception {
        HttpResponse<String> response = postJson("/api/v1/simulator/input", """
                {"from": "2023-07-01", "to": "2023-07-03"}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("series").asString()).isEqualTo("corrib_production");
        assertThat(body.get("model_version").asInt()).isEqualTo(1);
        assertThat(body.get("algorithm").asString()).isEqualTo("test-line");
        assertThat(body.get("training_end").asString()).isEqualTo("2023-06-30");
        assertThat(body.get("columns")).hasSize(2);
        assertThat(body.get("columns").get(0).asString()).isEqualTo("t");
        JsonNode rows = body.get("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("ds").asString()).isEqualTo("2023-07-01");
        assertThat(rows.get(0).get("t").asDouble()).isEqualTo(2007.0);
        assertThat(rows.get(0).get("weekday").asDouble()).isEqualTo(6.0);
        assertThat(rows.get(2).get("weekday").asDouble()).isEqualTo(1.0);
    }

    @Test
    void the_input_frame_of_an_automatic_champion_has_its_features() throws Exception {
        LocalDate start = LocalDate.of(2021, 7, 1);
        int days = 730;
        LocalDate[] ds = new LocalDate[days];
        double[] y = new double[days];
        java.util.Random noise = new java.util.Random(3);
        for (int i = 0; i < days; i++) {
            ds[i] = start.plusDays(i);
            y[i] = 100
                    + 0.02 * i
                    + 10 * Math.sin(2 * Math.PI * i / 365.25)
                    + 3 * Math.sin(2 * Math.PI * i / 7)
                    + noise.nextGaussian();
        }
        FittedModel auto = new AutoForecaster().fit(TimeSeries.of(ds, y));
        champions.promote(SeriesId.MOFFAT, 3, auto);

        HttpResponse<String> response = postJson("/api/v1/simulator/input", """
                {"series": "moffat", "from": "2023-07-01", "to": "2023-07-07"}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("algorithm").asString()).isEqualTo("auto");
        assertThat(body.get("model_version").asInt()).isEqualTo(3);
        assertThat(body.get("columns").isEmpty())
                .as(((AutoModel) auto).choice())
                .isFalse();
        assertThat(body.get("columns").values()).extracting(JsonNode::asString).contains("t", "trend", "weekly_sin_1");
        JsonNode rows = body.get("rows");
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).get("ds").asString()).isEqualTo("2023-07-01");
        assertThat(rows.get(0).get("t").asDouble()).isGreaterThan(1.0);
        assertThat(rows.get(6).size()).isEqualTo(body.get("columns").size() + 1);
    }

    @Test
    void the_api_document_describes_the_execution_endpoints_with_examples() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json(response).get("paths");
        for (String path : new String[] {"/api/v1/forecasts", "/api/v1/simulator/input", "/invocations"}) {
            JsonNode post = paths.get(path).get("post");
            assertThat(post.toString()).as(path).contains("examples");
        }
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
