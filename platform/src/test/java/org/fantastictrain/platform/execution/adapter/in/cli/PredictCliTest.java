package org.fantastictrain.platform.execution.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.fantastictrain.platform.execution.support.ExecutionApiTest;
import org.fantastictrain.platform.execution.support.TestChampionsConfig;
import org.fantastictrain.platform.system.cli.CliIo;
import org.fantastictrain.platform.system.cli.FantasticTrainCli;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code predict} runs against the test database, with the test registry added to the CLI's application. */
class PredictCliTest extends ExecutionApiTest {

    @Autowired
    DataSource dataSource;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void predict_prints_one_json_object_and_logs_it_before_exiting() {
        int code = run("predict", "--from", "2023-06-29", "--to", "2023-07-02");

        assertThat(code).as(stderr()).isZero();
        JsonNode body = JSON.readTree(stdout());
        assertThat(body.get("model_version").asInt()).isEqualTo(1);
        assertThat(body.get("points")).hasSize(4);
        assertThat(body.get("points").get(0).get("kind").asString()).isEqualTo("fitted");
        assertThat(body.get("points").get(0).get("y").asDouble()).isEqualTo(51.0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from served_forecast where channel = 'cli' and points = 4", Long.class))
                .isEqualTo(1);
    }

    @Test
    void predict_prints_csv_on_request() {
        int code = run("predict", "--from", "2023-06-30", "--to", "2023-07-01", "--format", "csv");

        assertThat(code).as(stderr()).isZero();
        String[] lines = stdout().strip().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("ds,kind,yhat,yhat_lower,yhat_upper,y");
        assertThat(lines[1]).startsWith("2023-06-30,fitted,").endsWith(",52.0");
        assertThat(lines[2]).startsWith("2023-07-01,forecast,").endsWith(",");
    }

    @Test
    void a_series_without_champion_fails_with_a_one_line_reason() {
        int code = run("predict", "--from", "2023-07-01", "--to", "2023-07-02", "--series", "moffat");

        assertThat(code).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().strip()).contains("predict: series 'moffat' has no champion model yet");
    }

    @Test
    void bad_arguments_fail_before_anything_starts() {
        assertThat(run("predict", "--from", "2023-07-02", "--to", "2023-07-01")).isEqualTo(2);
        assertThat(stderr()).contains("is after 'to'");
        assertThat(run("predict", "--from", "2023-07-01", "--to", "2023-07-02", "--format", "xml"))
                .isEqualTo(2);
        assertThat(run("predict", "--from", "2023-07-01", "--to", "2023-07-02", "--series", "brent"))
                .isEqualTo(2);
        assertThat(stderr()).contains("unknown series 'brent'");
    }

    private int run(String... args) {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        CliIo io = new CliIo(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(
                        "spring.datasource.url",
                        hikari.getJdbcUrl(),
                        "spring.datasource.username",
                        hikari.getUsername() == null ? "postgres" : hikari.getUsername(),
                        "spring.datasource.password",
                        hikari.getPassword() == null ? "" : hikari.getPassword(),
                        "spring.main.sources",
                        TestChampionsConfig.class.getName()));
        return new FantasticTrainCli(io).execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
