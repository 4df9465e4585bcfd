package org.fantastictrain.platform.execution.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fantastictrain.platform.execution.support.ExecutionApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every bad request gets an RFC 9457 problem with a useful detail and no stack trace. */
class BadInputTest extends ExecutionApiTest {

    @Test
    void malformed_json_is_a_400() throws Exception {
        assertProblem(postJson("/api/v1/forecasts", "{\"from\": \"2023-07-01\", "), 400, "malformed JSON body");
    }

    @Test
    void a_missing_body_is_a_400() throws Exception {
        assertProblem(postJson("/api/v1/forecasts", ""), 400, "request body is required");
    }

    @Test
    void a_missing_date_is_a_400_naming_the_field() throws Exception {
        assertProblem(postJson("/api/v1/forecasts", "{\"from\": \"2023-07-01\"}"), 400, "'to' is required");
    }

    @Test
    void a_badly_formatted_date_is_a_400_showing_the_value() throws Exception {
        assertProblem(
                postJson("/api/v1/forecasts", "{\"from\": \"01/07/2023\", \"to\": \"2023-07-02\"}"),
                400,
                "'from' must be a date yyyy-MM-dd, got '01/07/2023'");
        assertProblem(
                postJson("/api/v1/simulator/input", "{\"from\": \"2023-07-01\", \"to\": \"2023-02-30\"}"),
                400,
                "'to' must be a date yyyy-MM-dd");
    }

    @Test
    void from_after_to_is_a_400() throws Exception {
        assertProblem(
                postJson("/api/v1/forecasts", "{\"from\": \"2023-07-30\", \"to\": \"2023-07-01\"}"),
                400,
                "'from' (2023-07-30) is after 'to' (2023-07-01)");
    }

    @Test
    void a_range_longer_than_the_maximum_is_a_400() throws Exception {
        assertProblem(
                postJson("/api/v1/forecasts", "{\"from\": \"2023-07-01\", \"to\": \"2024-07-01\"}"),
                400,
                "367 days; at most 366");
        assertThat(postJson("/api/v1/forecasts", "{\"from\": \"2023-07-01\", \"to\": \"2024-06-30\"}")
                        .statusCode())
                .isEqualTo(200);
        assertProblem(
                postJson("/api/v1/simulator/input", "{\"from\": \"2000-01-01\", \"to\": \"2024-07-01\"}"),
                400,
                "at most 366");
    }

    @Test
    void an_interval_width_outside_zero_one_is_a_400() throws Exception {
        assertProblem(
                postJson(
                        "/api/v1/forecasts",
                        "{\"from\": \"2023-07-01\", \"to\": \"2023-07-02\", \"interval_width\": 1.5}"),
                400,
                "'interval_width' must be strictly between 0 and 1");
    }

    @Test
    void an_unknown_series_is_a_404_listing_the_known_ones() throws Exception {
        assertProblem(
                postJson(
                        "/api/v1/forecasts",
                        "{\"series\": \"brent\", \"from\": \"2023-07-01\", \"to\": \"2023-07-02\"}"),
                404,
                "unknown series 'brent'; known series: corrib_production, moffat");
        assertProblem(post("/invocations?series=brent", "text/csv", "ds\n2023-07-01\n"), 404, "unknown series");
    }

    @Test
    void a_series_without_champion_is_a_409_saying_how_to_train() throws Exception {
        JsonNode problem = assertProblem(
                postJson(
                        "/api/v1/forecasts",
                        "{\"series\": \"moffat\", \"from\": \"2023-07-01\", \"to\": \"2023-07-02\"}"),
                409,
                "no champion model yet");
        assertThat(problem.get("detail").asString())
                .contains("train --series moffat")
                .contains("POST /api/v1/trainings");
        assertProblem(
                postJson(
                        "/api/v1/simulator/input",
                        "{\"series\": \"total\", \"from\": \"2023-07-01\", \"to\": \"2023-07-02\"}"),
                409,
                "no champion");
    }

    @Test
    void a_body_that_is_not_json_is_a_415() throws Exception {
        assertProblem(post("/api/v1/forecasts", "text/plain", "from=2023-07-01"), 415, "application/json");
        assertProblem(post("/api/v1/simulator/input", null, "{}"), 415, "application/json");
    }

    @Test
    void a_body_over_the_limit_is_a_413_whether_its_length_is_declared_or_not() throws Exception {
        String padding = " ".repeat(5000);
        String body = "{\"from\": \"2023-07-01\", \"to\": \"2023-07-02\"" + padding + "}";
        assertProblem(postJson("/api/v1/forecasts", body), 413, "larger than 4096 bytes");

        HttpRequest chunked = HttpRequest.newBuilder(uri("/invocations"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(("ds\n" + "2023-07-01\n".repeat(1000)).getBytes())))
                .build();
        assertProblem(HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()), 413, "ft.execution.max-body-bytes");

        HttpRequest smallChunked = HttpRequest.newBuilder(uri("/invocations"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("ds\n2023-07-01\n".getBytes())))
                .build();
        assertThat(HTTP.send(smallChunked, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void reads_need_no_api_key_by_default_but_writes_do() throws Exception {
        assertThat(postJson("/api/v1/forecasts", "{\"from\": \"2023-07-01\", \"to\": \"2023-07-02\"}")
                        .statusCode())
                .isEqualTo(200);
        assertProblem(
                postJson("/api/v1/loads", "{\"from\": \"2023-07-01\", \"to\": \"2023-07-02\"}"), 401, "X-API-Key");
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }
}
