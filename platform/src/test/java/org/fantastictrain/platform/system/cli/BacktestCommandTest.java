package org.fantastictrain.platform.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backtest} run through the CLI entry point, in-process, without Spring or a database: on two
 * years of the Peyton Manning series (rows shuffled, so the reader's sorting is exercised too).
 */
class BacktestCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "ds,cutoff,y,yhat,yhat_lower,yhat_upper";

    @TempDir
    Path dir;

    private Path csv;
    private final TreeSet<LocalDate> observed = new TreeSet<>();

    record Result(int code, String out, String err) {}

    @BeforeEach
    void writeShuffledFixture() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/backtest/peyton_manning_2012_2013.csv")) {
            lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .strip()
                    .lines()
                    .toList());
        }
        String header = lines.remove(0);
        for (String line : lines) {
            String ds = line.split(",")[0].replace("\"", "");
            if (!line.split(",")[1].isBlank()) {
                observed.add(LocalDate.parse(ds));
            }
        }
        Collections.shuffle(lines, new java.util.Random(7));
        lines.add(0, header);
        csv = dir.resolve("peyton.csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);
    }

    @Test
    void custom_cutoffs_write_one_row_per_observed_day_of_each_window_and_print_the_metrics() throws IOException {
        Path out = dir.resolve("rows.csv");

        Result result = run(
                "backtest",
                "--csv",
                csv.toString(),
                "--cutoffs",
                "2013-06-30,2013-09-30",
                "--horizon",
                "30",
                "--out",
                out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo(HEADER);
        List<String> expected = new ArrayList<>();
        for (LocalDate cutoff : List.of(LocalDate.of(2013, 6, 30), LocalDate.of(2013, 9, 30))) {
            for (LocalDate d : observed.subSet(cutoff, false, cutoff.plusDays(30), true)) {
                expected.add(d + "," + cutoff);
            }
        }
        assertThat(expected).hasSizeLessThan(60); // the fixture misses a day in the first window
        assertThat(rows.subList(1, rows.size()).stream()
                        .map(r -> r.substring(0, 21))
                        .toList())
                .containsExactlyElementsOf(expected);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            assertThat(f).hasSize(6);
            double lo = Double.parseDouble(f[4]);
            double hi = Double.parseDouble(f[5]);
            assertThat(Double.parseDouble(f[3])).isBetween(lo, hi);
        }

        assertThat(result.out().strip().lines()).hasSize(1);
        JsonNode summary = JSON.readTree(result.out());
        assertThat(summary.get("model").asString()).isEqualTo("auto");
        assertThat(summary.get("rows").asInt()).isEqualTo(expected.size());
        assertThat(summary.get("cutoffs").values())
                .extracting(JsonNode::asString)
                .containsExactly("2013-06-30", "2013-09-30");
        JsonNode metrics = summary.get("metrics");
        assertThat(metrics.isArray()).isTrue();
        assertThat(metrics.get(metrics.size() - 1).get("horizon_days").asInt()).isEqualTo(30);
        for (String name : List.of("mse", "rmse", "mae", "mape", "mdape", "smape", "coverage")) {
            assertThat(summary.get("overall").get(name).asDouble()).as(name).isNotNegative();
        }
        assertThat(summary.get("overall").get("rmse").asDouble()).isBetween(0.05, 1.5);
        assertThat(summary.get("overall").get("horizon_days").asInt()).isEqualTo(30);
        assertThat(result.err()).contains("backtest: wrote " + expected.size() + " rows");
    }

    @Test
    void prophet_cutoffs_from_initial_and_period_with_a_named_model() throws IOException {
        Path out = dir.resolve("snaive.csv");

        Result result = run(
                "backtest",
                "--csv",
                csv.toString(),
                "--initial",
                "365",
                "--period",
                "90",
                "--horizon",
                "60",
                "--out",
                out.toString(),
                "--model",
                "snaive");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode summary = JSON.readTree(result.out());
        assertThat(summary.get("model").asString()).isEqualTo("snaive");
        // last day 2013-12-31 minus 60 days, stepping back 90 days while at or after 2012-01-01 + 365 days
        assertThat(summary.get("cutoffs").values())
                .extracting(JsonNode::asString)
                .containsExactly("2013-02-04", "2013-05-05", "2013-08-03", "2013-11-01");
        assertThat(Files.readAllLines(out)).hasSize(summary.get("rows").asInt() + 1);
        List<Integer> horizons = summary.get("metrics").values().stream()
                .map(m -> m.get("horizon_days").asInt())
                .toList();
        assertThat(horizons).contains(7, 30).endsWith(60).isSorted();
    }

    @Test
    void bad_arguments_and_input_exit_2_with_one_line() throws IOException {
        String outFile = dir.resolve("x.csv").toString();
        String file = csv.toString();
        assertUsage(
                run(
                        "backtest",
                        "--csv",
                        dir.resolve("none.csv").toString(),
                        "--cutoffs",
                        "2013-06-30",
                        "--horizon",
                        "30",
                        "--out",
                        outFile),
                "file not found");
        assertUsage(
                run(
                        "backtest",
                        "--csv",
                        file,
                        "--cutoffs",
                        "2013-06-30",
                        "--initial",
                        "365",
                        "--period",
                        "90",
                        "--horizon",
                        "30",
                        "--out",
                        outFile),
                "not both");
        assertUsage(run("backtest", "--csv", file, "--horizon", "30", "--out", outFile), "--cutoffs");
        assertUsage(
                run("backtest", "--csv", file, "--initial", "365", "--horizon", "30", "--out", outFile), "go together");
        assertUsage(
                run("backtest", "--csv", file, "--cutoffs", "2013-06-30", "--horizon", "0", "--out", outFile),
                "--horizon must be > 0");
        assertUsage(
                run(
                        "backtest",
                        "--csv",
                        file,
                        "--cutoffs",
                        "2013-09-30,2013-06-30",
                        "--horizon",
                        "30",
                        "--out",
                        outFile),
                "strictly increasing");
        assertUsage(
                run("backtest", "--csv", file, "--cutoffs", "2013-6-30", "--horizon", "30", "--out", outFile),
                "is not a date");
        assertUsage(
                run(
                        "backtest",
                        "--csv",
                        file,
                        "--initial",
                        "700",
                        "--period",
                        "90",
                        "--horizon",
                        "60",
                        "--out",
                        outFile),
                "less data");
        assertUsage(
                run(
                        "backtest",
                        "--csv",
                        file,
                        "--cutoffs",
                        "2013-06-30",
                        "--horizon",
                        "30",
                        "--out",
                        outFile,
                        "--model",
                        "arima"),
                "unknown model");
        assertUsage(run("backtest", "--csv", file, "--cutoffs", "2013-06-30", "--horizon", "30"), "--out");

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "ds,y\n2013-01-01,1.5\n2013-01-02,abc\n");
        assertUsage(
                run(
                        "backtest",
                        "--csv",
                        broken.toString(),
                        "--cutoffs",
                        "2013-01-01",
                        "--horizon",
                        "1",
                        "--out",
                        outFile),
                "line 3: y is not a number");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void a_model_that_cannot_fit_exits_1_with_one_line() throws IOException {
        Path tiny = dir.resolve("tiny.csv");
        Files.writeString(tiny, "ds,y\n2013-01-01,1\n2013-01-02,2\n2013-01-03,3\n2013-01-04,4\n");

        Result result = run(
                "backtest",
                "--csv",
                tiny.toString(),
                "--cutoffs",
                "2013-01-02",
                "--horizon",
                "2",
                "--out",
                dir.resolve("t.csv").toString(),
                "--model",
                "ets");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(lastLine(result.err())).startsWith("fantastic-train backtest: ");
    }

    @Test
    void help_exits_0() {
        Result result = run("backtest", "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Usage:").contains("--cutoffs").contains("--initial");
    }

    private static void assertUsage(Result result, String part) {
        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(lastLine(result.err())).contains(part);
        assertThat(result.err().strip().lines().filter(l -> !l.startsWith("backtest: ")))
                .as(result.err())
                .hasSize(1);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliIo io = new CliIo(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        int code = new FantasticTrainCli(io).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
