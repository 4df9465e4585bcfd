package org.fantastictrain.platform.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.fantastictrain.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FantasticTrainCliTest extends PlatformTest {
    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    DataSource dataSource;

    record Result(int code, String out, String err) {}

    @Test
    void load_incremental_prints_one_json_object_and_a_rerun_is_all_unchanged() throws Exception {
        Result first = run("load", "incremental", "--from", "2023-07-01", "--to", "2023-07-31");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().strip().lines()).hasSize(1);
        JsonNode run = json.readTree(first.out());
        assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("kind").asString()).isEqualTo("incremental");
        assertThat(run.get("inserted").asInt()).isPositive();
        assertThat(run.has("missing_values")).isTrue();

        Result second = run("load", "incremental", "--from", "2023-07-01", "--to", "2023-07-31", "--source", "bundled");

        JsonNode rerun = json.readTree(second.out());
        assertThat(second.code()).isZero();
        assertThat(rerun.get("inserted").asInt()).isZero();
        assertThat(rerun.get("updated").asInt()).isZero();
        assertThat(rerun.get("unchanged").asInt()).isEqualTo(run.get("inserted").asInt());
        assertThat(count("select count(*) from load_run where status = 'SUCCEEDED'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from observation"))
                .isEqualTo(run.get("inserted").asLong());
    }

    @Test
    void load_initial_takes_a_range_override() throws Exception {
        Result result = run("load", "initial", "--from", "2023-06-01", "--to", "2023-06-30");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode run = json.readTree(result.out());
        assertThat(run.get("kind").asString()).isEqualTo("initial");
        assertThat(run.get("from").asString()).isEqualTo("2023-06-01");
        assertThat(count("select count(*) from observation where ds < '2023-06-01'"))
                .isZero();
    }

    @Test
    void a_failed_load_exits_1_with_the_reason() throws Exception {
        Result result = run(
                "load",
                "incremental",
                "--from",
                "2023-07-01",
                "--to",
                "2023-07-31",
                "--source",
                "gni-url:http://127.0.0.1:9/none.json");

        assertThat(result.code()).isEqualTo(1);
        assertThat(json.readTree(result.out()).get("status").asString()).isEqualTo("FAILED");
        assertThat(lastLine(result.err())).startsWith("load failed: ");
    }

    @Test
    void help_exits_0_everywhere() {
        for (String[] args : new String[][] {
            {"--help"},
            {"load", "--help"},
            {"load", "initial", "--help"},
            {"load", "incremental", "--help"},
            {"serve", "--help"},
            {"train", "--help"},
            {"predict", "--help"},
            {"control", "--help"},
            {"simulate", "--help"}
        }) {
            Result result = run(args);
            assertThat(result.code()).as(String.join(" ", args)).isZero();
            assertThat(result.out()).contains("Usage:");
        }
    }

    @Test
    void bad_arguments_exit_non_zero_with_one_line() {
        assertUsageError(
                run("load", "incremental", "--from", "2023-7-1", "--to", "2023-07-31"), "is not a date yyyy-MM-dd");
        assertUsageError(run("load", "incremental", "--from", "2023-08-01", "--to", "2023-07-31"), "is after");
        assertUsageError(run("load", "incremental", "--from", "2023-07-01"), "--to");
        assertUsageError(
                run("load", "incremental", "--from", "2023-07-01", "--to", "2023-07-31", "--source", "hive:x"),
                "unknown source");
        assertUsageError(
                run(
                        "load",
                        "incremental",
                        "--from",
                        "2023-07-01",
                        "--to",
                        "2023-07-31",
                        "--source",
                        "file:/no/such/file.json"),
                "not found");
        assertUsageError(run("load"), "missing subcommand");
        assertUsageError(run("frobnicate"), "frobnicate");
        assertThat(count("select count(*) from load_run")).isZero();
    }

    @Test
    void control_prints_one_json_object_with_the_checks_and_alarms() throws Exception {
        assertThat(run("load", "incremental", "--from", "2023-07-01", "--to", "2023-07-31")
                        .code())
                .isZero();

        Result result = run("control", "--as-of", "2023-08-02");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().strip().lines()).hasSize(1);
        JsonNode control = json.readTree(result.out());
        assertThat(control.get("as_of").asString()).isEqualTo("2023-08-02");
        assertThat(control.get("checks").size())
                .as("4 series x (6 criteria x 2 windows + freshness + gaps)")
                .isEqualTo(56);
        assertThat(control.get("alarms").has("fired")).isTrue();
        assertThat(count(
                        "select count(*) from control_check where criterion = 'freshness' and series_id = 'corrib_production'"
                                + " and verdict = 'OK' and observed = 2"))
                .isEqualTo(1);
        assertUsageError(run("control", "--as-of", "2023-8-2"), "is not a date yyyy-MM-dd");
    }

    @Test
    void simulate_refuses_a_range_beyond_the_source() {
        Result result = run("simulate", "--from", "2024-06-01", "--to", "2024-07-31");
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("simulate: the source 'bundled' has data up to 2024-06-30 only");
    }

    private void assertUsageError(Result result, String part) {
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).contains(part).doesNotContain("\n");
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HikariDataSource hikari = (HikariDataSource) dataSource;
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", hikari.getJdbcUrl(),
                "spring.datasource.username", hikari.getUsername() == null ? "" : hikari.getUsername(),
                "spring.datasource.password", hikari.getPassword() == null ? "" : hikari.getPassword());
        CliIo io = new CliIo(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                properties);
        int code = new FantasticTrainCli(io).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
