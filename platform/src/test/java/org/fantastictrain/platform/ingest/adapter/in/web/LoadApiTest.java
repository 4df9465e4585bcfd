package org.fantastictrain.platform.ingest.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.Observation;
import org.fantastictrain.platform.ingest.domain.RejectedRow;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LoadApiTest extends PlatformTest {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Test
    void posting_a_load_creates_a_run_that_can_be_listed_and_read() throws Exception {
        HttpResponse<String> created = post("""
                {"from": "2023-07-01", "to": "2023-07-31"}""", API_KEY);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode run = json.readTree(created.body());
        long id = run.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/loads/" + id);
        assertThat(run.get("source").asString()).isEqualTo("bundled");
        assertThat(run.get("from").asString()).isEqualTo("2023-07-01");
        assertThat(run.get("to").asString()).isEqualTo("2023-07-31");
        assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("inserted").asInt()).isPositive();
        for (String field : List.of(
                "updated", "unchanged", "rejected", "missing_values", "started_at", "finished_at", "error", "kind")) {
            assertThat(run.has(field)).as(field).isTrue();
        }

        HttpResponse<String> second = post("""
                {"from": "2023-07-01", "to": "2023-07-31", "source": "bundled"}""", API_KEY);
        JsonNode list = json.readTree(get("/api/v1/loads?limit=10").body());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asLong())
                .isEqualTo(json.readTree(second.body()).get("id").asLong());
        assertThat(list.get(0).get("unchanged").asInt())
                .isEqualTo(run.get("inserted").asInt());
        assertThat(json.readTree(get("/api/v1/loads?limit=1").body())).hasSize(1);

        HttpResponse<String> one = get("/api/v1/loads/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json.readTree(one.body()).get("rejected_rows").isArray()).isTrue();
    }

    @Test
    void a_run_shows_its_rejected_rows_with_reasons() throws Exception {
        LocalDate day = LocalDate.of(2023, 7, 1);
        sources.fixed(
                "api-rejects",
                List.of(new Observation(SeriesId.TOTAL, day, 5)),
                List.of(new RejectedRow("element 2", day, SeriesId.MOFFAT, "{\"Moffat\": \"x\"}", "not a number: x")),
                0);
        long id = json.readTree(post("""
                {"from": "2023-07-01", "to": "2023-07-01", "source": "test:api-rejects"}""", API_KEY).body()).get("id").asLong();

        JsonNode run = json.readTree(get("/api/v1/loads/" + id).body());

        assertThat(run.get("rejected").asInt()).isEqualTo(1);
        JsonNode row = run.get("rejected_rows").get(0);
        assertThat(row.get("position").asString()).isEqualTo("element 2");
        assertThat(row.get("ds").asString()).isEqualTo("2023-07-01");
        assertThat(row.get("series").asString()).isEqualTo("moffat");
        assertThat(row.get("raw").asString()).isEqualTo("{\"Moffat\": \"x\"}");
        assertThat(row.get("reason").asString()).isEqualTo("not a number: x");
    }

    @Test
    void invalid_requests_get_a_400_problem() throws Exception {
        assertProblem(post("{\"from\": \"2023-07-01\", ", API_KEY), 400, "not valid JSON");
        assertProblem(post("{\"from\": \"2023-13-01\", \"to\": \"2023-07-31\"}", API_KEY), 400, "'from' is not a date");
        assertProblem(post("{\"from\": \"01/07/2023\", \"to\": \"2023-07-31\"}", API_KEY), 400, "'from' is not a date");
        assertProblem(post("{\"to\": \"2023-07-31\"}", API_KEY), 400, "'from' is required");
        assertProblem(post("{\"from\": \"2023-08-01\", \"to\": \"2023-07-31\"}", API_KEY), 400, "is after");
        assertProblem(
                post("{\"from\": \"2023-07-01\", \"to\": \"2023-07-31\", \"source\": \"s3://bucket\"}", API_KEY),
                400,
                "unknown source");
        assertProblem(get("/api/v1/loads?limit=0"), 400, "limit");
        assertThat(count("select count(*) from load_run")).isZero();
    }

    @Test
    void writes_without_the_right_api_key_get_a_401_problem() throws Exception {
        assertProblem(post("{\"from\": \"2023-07-01\", \"to\": \"2023-07-02\"}", null), 401, "X-API-Key");
        assertProblem(post("{\"from\": \"2023-07-01\", \"to\": \"2023-07-02\"}", "wrong"), 401, "Wrong API key");
        assertThat(count("select count(*) from load_run")).isZero();
    }

    @Test
    void an_unknown_run_is_a_404_problem() throws Exception {
        assertProblem(get("/api/v1/loads/424242"), 404, "no load run with id 424242");
        assertProblem(get("/api/v1/loads/abc"), 400, "");
    }

    @Test
    void health_and_prometheus_are_exposed() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        HttpResponse<String> prometheus = get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }

    private void assertProblem(HttpResponse<String> response, int status, String detailPart) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detailPart);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
    }

    private HttpResponse<String> post(String body, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/loads"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
