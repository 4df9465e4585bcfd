package org.fantastictrain.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JobsApiTest extends SchedulingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Value("${local.server.port}")
    int port;

    @Test
    void a_manual_run_is_accepted_then_recorded_as_succeeded() throws Exception {
        HttpResponse<String> accepted = post("/api/v1/jobs/daily-load/runs", true);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(accepted.body());
        long id = body.get("id").asLong();
        assertThat(body.get("job").asString()).isEqualTo("daily-load");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/v1/jobs/runs/" + id);

        JsonNode run = awaitFinished(id);
        assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("trigger").asString()).isEqualTo("manual");
        assertThat(run.get("started_at").isNull()).isFalse();
        assertThat(run.get("finished_at").isNull()).isFalse();
        assertThat(run.get("summary").get("inserted").asInt()).isEqualTo(4);
        assertThat(run.get("instance").asString()).isNotBlank();
        assertThat(dailyLoad.calls()).isEqualTo(1);

        JsonNode history =
                JSON.readTree(get("/api/v1/jobs/runs?job=daily-load&limit=5").body());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void history_lists_the_newest_run_first() throws Exception {
        long first = JSON.readTree(post("/api/v1/jobs/daily-load/runs", true).body())
                .get("id")
                .asLong();
        awaitFinished(first);
        long second = JSON.readTree(post("/api/v1/jobs/training/runs", true).body())
                .get("id")
                .asLong();
        awaitFinished(second);

        JsonNode all = JSON.readTree(get("/api/v1/jobs/runs").body());
        List<Long> ids = new ArrayList<>();
        all.forEach(r -> ids.add(r.get("id").asLong()));
        assertThat(ids).containsExactly(second, first);

        JsonNode limited = JSON.readTree(get("/api/v1/jobs/runs?limit=1").body());
        assertThat(limited).hasSize(1);
        assertThat(limited.get(0).get("job").asString()).isEqualTo("training");
    }

    @Test
    void a_failing_job_is_recorded_as_failed_with_its_error() throws Exception {
        dailyLoad.failWith(new IllegalStateException("source unavailable: connection refused"));

        long id = JSON.readTree(post("/api/v1/jobs/daily-load/runs", true).body())
                .get("id")
                .asLong();
        JsonNode run = awaitFinished(id);

        assertThat(run.get("status").asString()).isEqualTo("FAILED");
        assertThat(run.get("error").asString())
                .isEqualTo("IllegalStateException: source unavailable: connection refused");
        assertThat(count(
                        "SELECT count(*) FROM job_run WHERE id = ? AND status = 'FAILED' AND finished_at IS NOT NULL",
                        id))
                .isEqualTo(1);
    }

    @Test
    void training_runs_every_series_even_when_one_fails() throws Exception {
        training.failFor(SeriesId.MOFFAT);

        long id = JSON.readTree(post("/api/v1/jobs/training/runs", true).body())
                .get("id")
                .asLong();
        JsonNode run = awaitFinished(id);

        assertThat(training.calls())
                .containsExactly(
                        "corrib_production/scheduler",
                        "moffat/scheduler",
                        "roi_imports_via_interconnector/scheduler",
                        "total/scheduler");
        assertThat(run.get("status").asString()).isEqualTo("FAILED");
        assertThat(run.get("error").asString()).startsWith("1 of 4 series failed: moffat: ");
        JsonNode series = run.get("summary").get("series");
        assertThat(series.get("corrib_production").get("decision").asString()).isEqualTo("PROMOTED");
        assertThat(series.get("moffat").get("status").asString()).isEqualTo("FAILED");
        assertThat(series.get("total").get("decision").asString()).isEqualTo("PROMOTED");
    }

    @Test
    void an_unknown_job_is_a_404_problem() throws Exception {
        HttpResponse<String> response = post("/api/v1/jobs/backup/runs", true);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString())
                .isEqualTo("unknown job 'backup'; the jobs are daily-load, training, daily-forecast");
        assertThat(count("SELECT count(*) FROM job_run")).isZero();
    }

    @Test
    void triggering_a_job_needs_the_api_key() throws Exception {
        HttpResponse<String> response = post("/api/v1/jobs/daily-load/runs", false);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM job_run")).isZero();
    }

    @Test
    void bad_history_queries_are_400_problems() throws Exception {
        assertThat(get("/api/v1/jobs/runs?job=backup").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/jobs/runs?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/jobs/runs/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void the_job_list_shows_cron_description_and_next_firing() throws Exception {
        JsonNode jobs = JSON.readTree(get("/api/v1/jobs").body());

        assertThat(jobs).hasSize(3);
        JsonNode training = jobs.get(1);
        assertThat(training.get("name").asString()).isEqualTo("training");
        assertThat(training.get("cron").asString()).isEqualTo("0 0 1,15 * *");
        assertThat(training.get("quartz_cron").asString()).isEqualTo("0 0 0 1,15 * ? *");
        assertThat(training.get("description").asString()).isNotBlank();
        assertThat(training.get("time_zone").asString()).isEqualTo("Europe/Dublin");
        assertThat(training.get("enabled").asBoolean()).isTrue();
        assertThat(training.get("next_fire_time").asString()).containsPattern("-(01|15)T00:00(:00)?(Z|[+]01:00)$");

        JsonNode dailyLoad = jobs.get(0);
        assertThat(dailyLoad.get("name").asString()).isEqualTo("daily-load");
        assertThat(dailyLoad.get("enabled").asBoolean()).isFalse();
        assertThat(dailyLoad.get("next_fire_time").isNull()).isTrue();
    }

    private JsonNode awaitFinished(long id) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> JSON.readTree(get("/api/v1/jobs/runs/" + id).body()),
                        run -> run.get("finished_at") != null
                                && !run.get("finished_at").isNull());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, boolean withKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (withKey) {
            request.header("X-API-Key", API_KEY);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
