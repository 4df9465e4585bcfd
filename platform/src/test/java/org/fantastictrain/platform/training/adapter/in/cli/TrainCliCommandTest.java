package org.fantastictrain.platform.training.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.fantastictrain.platform.support.PlatformTest;
import org.fantastictrain.platform.system.cli.CliIo;
import org.fantastictrain.platform.system.cli.FantasticTrainCli;
import org.fantastictrain.platform.training.TrainingFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code train} as a user runs it: a separate application on the test database, JSON on stdout. */
class TrainCliCommandTest extends PlatformTest {
    private static final String SERIES = "corrib_production";

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void forgetEarlierTrainings() {
        for (String table : new String[] {"model_alias_history", "model_alias", "model_version", "training_run"}) {
            jdbc.update("delete from " + table + " where series_id = ?", SERIES);
        }
    }

    private int train(String... args) {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", hikari.getJdbcUrl());
        properties.put("ft.home", "target/cli-test-home");
        if (hikari.getUsername() != null) {
            properties.put("spring.datasource.username", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.put("spring.datasource.password", hikari.getPassword());
        }
        CliIo io = new CliIo(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                properties);
        String[] full = new String[args.length + 1];
        full[0] = "train";
        System.arraycopy(args, 0, full, 1, args.length);
        return new FantasticTrainCli(io).execute(full);
    }

    @Test
    void train_prints_the_promoted_run_as_one_json_object_and_exits_0() {
        new TrainingFixture(jdbc).insert(SERIES, TrainingFixture.START, LocalDate.of(2023, 6, 30), 0);

        int code = train("--series", SERIES);

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode run = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(run.get("series").asString()).isEqualTo(SERIES);
        assertThat(run.get("decision").asString())
                .as(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("PROMOTED");
        assertThat(run.get("challenger").get("version").asInt()).isEqualTo(1);
        assertThat(run.get("trigger").asString()).isEqualTo("cli");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("training " + SERIES);
    }

    @Test
    void train_without_data_exits_non_zero_with_a_one_line_reason() {
        int code = train("--series", SERIES);

        assertThat(code).isEqualTo(TrainCliCommand.EXIT_TRAINING_FAILED);
        String lastLine = err.toString(StandardCharsets.UTF_8)
                .strip()
                .lines()
                .reduce((a, b) -> b)
                .orElse("");
        assertThat(lastLine).startsWith("train failed: " + SERIES + ": no observations");
        assertThat(json.readTree(out.toString(StandardCharsets.UTF_8))
                        .get("status")
                        .asString())
                .isEqualTo("FAILED");
    }

    @Test
    void train_of_an_unknown_series_is_a_usage_error() {
        int code = train("--series", "nope");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown series 'nope'");
        assertThat(out.size()).isZero();
    }
}
