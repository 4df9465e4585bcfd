package org.fantastictrain.platform.training.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.fantastictrain.platform.support.PlatformTest;
import org.fantastictrain.platform.training.TrainingFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TrainingApiTest extends PlatformTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    TrainingFixture data;
    String series;

    @BeforeEach
    void newSeries() {
        data = new TrainingFixture(jdbc);
        series = data.newSeries();
    }

    private HttpResponse<String> post(String path, String body, boolean withKey) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withKey) {
            b.header("X-API-Key", API_KEY);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void training_needs_the_api_key() throws Exception {
        HttpResponse<String> r = post("/api/v1/trainings", "{\"series\":\"" + series + "\"}", false);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(data.count("select count(*) from training_run where series_id = ?", series))
                .isZero();
    }

    @Test
    void an_unknown_series_is_not_found() throws Exception {
        HttpResponse<String> r = post("/api/v1/trainings", "{\"series\":\"no_such_series\"}", true);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(json.readTree(r.body()).get("detail").asString()).contains("unknown series 'no_such_series'");
        assertThat(get("/api/v1/models?series=no_such_series").statusCode()).isEqualTo(404);
    }

    @Test
    void a_series_without_data_is_a_conflict_that_says_what_to_do() throws Exception {
        HttpResponse<String> r = post("/api/v1/trainings", "{\"series\":\"" + series + "\"}", true);

        assertThat(r.statusCode()).isEqualTo(409);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("detail").asString()).contains("load initial");
        assertThat(body.get("failure_kind").asString()).isEqualTo("NO_DATA");
        long runId = body.get("training_run_id").asLong();
        assertThat(json.readTree(get("/api/v1/trainings/" + runId).body())
                        .get("status")
                        .asString())
                .isEqualTo("FAILED");
    }

    @Test
    void all_trains_the_four_series_and_returns_every_run() throws Exception {
        HttpResponse<String> r = post("/api/v1/trainings", "{\"series\":\"all\"}", true);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode trainings = json.readTree(r.body()).get("trainings");
        assertThat(trainings).hasSize(4);
        assertThat(trainings.get(0).get("series").asString()).isEqualTo("corrib_production");
        // The test starts with no observations: every run fails and says what to do.
        assertThat(trainings)
                .allSatisfy(t -> assertThat(t.get("failure_kind").asString()).isEqualTo("NO_DATA"));
    }

    @Test
    void train_read_the_registry_and_roll_back_over_http() throws Exception {
        data.insert(series, TrainingFixture.START, LocalDate.of(2023, 6, 30), 0);

        HttpResponse<String> first = post("/api/v1/trainings", "{\"series\":\"" + series + "\"}", true);
        HttpResponse<String> second = post("/api/v1/trainings", "{\"series\":\"" + series + "\"}", true);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode run1 = json.readTree(first.body());
        assertThat(run1.get("decision").asString()).isEqualTo("PROMOTED");
        assertThat(run1.get("challenger").get("version").asInt()).isEqualTo(1);
        assertThat(run1.get("challenger")
                        .get("metrics")
                        .get("overall")
                        .get("rmse")
                        .asDouble())
                .isPositive();
        assertThat(run1.get("folds").get("cutoffs")).hasSize(3);
        JsonNode run2 = json.readTree(second.body());
        assertThat(run2.get("decision").asString()).isEqualTo("REJECTED");
        assertThat(run2.get("champion").get("version").asInt()).isEqualTo(1);
        assertThat(run2.get("champion")
                        .get("metrics")
                        .get("overall")
                        .get("rmse")
                        .asDouble())
                .isPositive();
        assertThat(run2.get("reason").asString()).isNotBlank();

        JsonNode models = json.readTree(get("/api/v1/models?series=" + series).body());
        assertThat(models.get("champion_version").asInt()).isEqualTo(1);
        assertThat(models.get("versions")).hasSize(2);
        assertThat(models.get("versions").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(models.get("versions").get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(models.get("versions").get(1).get("champion").asBoolean()).isTrue();
        assertThat(models.get("alias_history")).hasSize(1);

        JsonNode v2 =
                json.readTree(get("/api/v1/models/" + series + "/versions/2").body());
        assertThat(v2.get("training_run").get("id").asLong())
                .isEqualTo(run2.get("id").asLong());
        assertThat(v2.get("training_run").get("decision").asString()).isEqualTo("REJECTED");
        assertThat(v2.get("artifact").get("format_version").asInt()).isPositive();
        assertThat(v2.get("data_fingerprint").asString()).hasSize(64);
        assertThat(get("/api/v1/models/" + series + "/versions/9").statusCode()).isEqualTo(404);

        assertThat(post("/api/v1/models/" + series + "/aliases/champion", "{\"version\":2}", false)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> moved = post(
                "/api/v1/models/" + series + "/aliases/champion",
                "{\"version\":2,\"reason\":\"try the newer one\"}",
                true);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json.readTree(moved.body()).get("from_version").asInt()).isEqualTo(1);
        JsonNode after = json.readTree(get("/api/v1/models?series=" + series).body());
        assertThat(after.get("champion_version").asInt()).isEqualTo(2);
        assertThat(after.get("alias_history").get(0).get("reason").asString()).isEqualTo("try the newer one");
        assertThat(post("/api/v1/models/" + series + "/aliases/champion", "{\"version\":7}", true)
                        .statusCode())
                .isEqualTo(404);

        JsonNode list = json.readTree(get("/api/v1/trainings?series=" + series).body());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(run2.get("id").asLong());
    }
}
