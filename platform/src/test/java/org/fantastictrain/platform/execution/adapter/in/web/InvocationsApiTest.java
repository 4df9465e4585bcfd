package org.fantastictrain.platform.execution.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.fantastictrain.platform.execution.support.ExecutionApiTest;
import org.fantastictrain.platform.execution.support.LineModel;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InvocationsApiTest extends ExecutionApiTest {

    @Test
    void dataframe_records_get_one_prediction_per_row_in_order() throws Exception {
        HttpResponse<String> response = postJson("/invocations", """
                {"dataframe_records": [{"ds": "2023-07-02"}, {"ds": "2023-07-01T00:00:00"}, {"ds": "2023-07-02"}]}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode predictions = json(response).get("predictions");
        assertThat(predictions).hasSize(3);
        assertThat(predictions.get(0).get("ds").asString()).isEqualTo("2023-07-02");
        assertThat(predictions.get(1).get("ds").asString()).isEqualTo("2023-07-01");
        assertThat(predictions.get(1).get("yhat").asDouble())
                .isEqualTo(LineModel.standard().value(LocalDate.of(2023, 7, 1)));
        for (String field : new String[] {"yhat_lower", "yhat_upper"}) {
            assertThat(predictions.get(2).has(field)).isTrue();
        }
        assertThat(predictions.get(0).has("kind")).isFalse();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from served_forecast_point p join served_forecast f on f.id = p.served_id"
                                        + " where f.channel = 'invocations' and f.points = 2",
                                Long.class)
                        == 2);
    }

    @Test
    void dataframe_split_is_read_by_its_ds_column() throws Exception {
        JsonNode predictions = json(postJson("/invocations", """
                {"dataframe_split": {"columns": ["x", "ds"], "data": [[1, "2023-07-01"], [2, 1688256000000]]}}""")).get("predictions");

        assertThat(predictions).hasSize(2);
        assertThat(predictions.get(1).get("ds").asString()).isEqualTo("2023-07-02");
    }

    @Test
    void csv_with_a_ds_header_is_accepted() throws Exception {
        HttpResponse<String> response = post("/invocations", "text/csv", "ds\n2023-07-01\n2023-07-02\n2023-07-03\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("predictions")).hasSize(3);
    }

    @Test
    void the_series_comes_from_the_query_or_the_header() throws Exception {
        champions.promote(SeriesId.MOFFAT, 7, new LineModel(LineModel.START, LineModel.END, 5, 0));
        String body = "{\"dataframe_records\": [{\"ds\": \"2023-07-01\"}]}";

        JsonNode byQuery = json(postJson("/invocations?series=moffat", body));
        HttpResponse<String> byHeader = HTTP.send(
                HttpRequest.newBuilder(uri("/invocations"))
                        .header("Content-Type", "application/json")
                        .header("X-Series", "moffat")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(byQuery.get("predictions").get(0).get("yhat").asDouble()).isEqualTo(5.0);
        assertThat(json(byHeader).get("predictions").get(0).get("yhat").asDouble())
                .isEqualTo(5.0);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from served_forecast where channel = 'invocations' and series_id = 'moffat'"
                                        + " and model_version = 7",
                                Long.class)
                        == 2);
    }

    @Test
    void a_payload_without_ds_is_a_400_problem() throws Exception {
        HttpResponse<String> response = postJson("/invocations", """
                {"dataframe_records": [{"date": "2023-07-01"}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(response).get("detail").asString())
                .contains("dataframe_records[0]")
                .contains("'ds'");
    }

    @Test
    void an_unknown_protocol_field_is_a_400_problem() throws Exception {
        HttpResponse<String> response = postJson("/invocations", "{\"inputs\": [1, 2]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).contains("dataframe_records");
    }

    @Test
    void a_csv_without_a_ds_column_is_a_400_problem() throws Exception {
        HttpResponse<String> response = post("/invocations", "text/csv", "date\n2023-07-01\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).contains("no 'ds' column");
    }

    @Test
    void xml_is_a_415_problem() throws Exception {
        HttpResponse<String> response = post("/invocations", "application/xml", "<ds>2023-07-01</ds>");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(response).get("detail").asString()).contains("application/json or text/csv");
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        HttpResponse<String> response = postJson("/invocations", "{\"dataframe_records\": [");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).startsWith("malformed JSON");
    }
}
