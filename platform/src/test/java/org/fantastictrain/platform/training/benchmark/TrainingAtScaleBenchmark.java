package org.fantastictrain.platform.training.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.fantastictrain.platform.training.application.port.in.TrainSeriesUseCase;
import org.fantastictrain.platform.training.application.service.TrainingSettings;
import org.fantastictrain.platform.training.domain.CandidateSpec;
import org.fantastictrain.platform.training.domain.TrainingRun;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Training at scale (a benchmark, not part of the test suite: its name does not end in Test).
 * Generates {@code bench.series} daily series (default 1,000) of 2,373 days (2018-01-01..2024-06-30)
 * into {@code series}/{@code observation}, then through the training service: pass 1 trains them
 * on all but the last 30 days (first champions), pass 2 on all days (challenger against champion:
 * refit on the same folds and frozen champion on the 30 unseen days). Prints the figures recorded
 * in docs/benchmarks.md ("Training at scale"). Run:
 *
 * <pre>
 * ./mvnw -q -B -pl platform -am verify -Dtest=TrainingAtScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * with {@code SPRING_DATASOURCE_URL} set for a standalone PostgreSQL database, else an embedded one.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "ft.bootstrap=false",
            "ft.jobs.daily-load.enabled=false",
            "ft.jobs.training.enabled=false",
            "ft.jobs.daily-forecast.enabled=false",
            "ft.home=target/benchmark-home",
            "logging.level.root=WARN"
        })
class TrainingAtScaleBenchmark {
    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 6, 30);

    @Autowired
    TrainSeriesUseCase training;

    @Autowired
    TrainingSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void train_backtest_and_gate_generated_series() throws Exception {
        int n = Integer.getInteger("bench.series", 1000);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format(Locale.ROOT, "bench_%05d", i));
        }
        long t0 = System.nanoTime();
        generate(ids);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        jdbc.update("delete from observation where series_id like 'bench_%' and ds > ?", END.minusDays(30));

        double load0 = os().getSystemLoadAverage();
        long cpu1 = os().getProcessCpuTime();
        long t1 = System.nanoTime();
        List<TrainingRun> first = training.trainAll(ids, "benchmark");
        Duration pass1 = Duration.ofNanos(System.nanoTime() - t1);
        long cpuPass1 = os().getProcessCpuTime() - cpu1;

        insert(ids, END.minusDays(29), END);
        long cpu2 = os().getProcessCpuTime();
        long t2 = System.nanoTime();
        List<TrainingRun> second = training.trainAll(ids, "benchmark");
        Duration pass2 = Duration.ofNanos(System.nanoTime() - t2);
        long cpuPass2 = os().getProcessCpuTime() - cpu2;

        System.err.println(report(n, loadMs, first, pass1, second, pass2));
        System.err.printf(
                Locale.ROOT,
                "JVM CPU time: pass 1 %.1f s, pass 2 %.1f s; load average before %.2f, after %.2f%n",
                cpuPass1 / 1e9,
                cpuPass2 / 1e9,
                load0,
                os().getSystemLoadAverage());
        assertThat(first).hasSize(n);
        assertThat(second).hasSize(n);
    }

    private static com.sun.management.OperatingSystemMXBean os() {
        return (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    }

    private String report(
            int n, long loadMs, List<TrainingRun> first, Duration pass1, List<TrainingRun> second, Duration pass2) {
        Function<List<TrainingRun>, Map<String, Long>> decisions = runs -> runs.stream()
                .collect(Collectors.groupingBy(r -> r.decision().name(), TreeMap::new, Collectors.counting()));
        Map<String, Long> algorithms = second.stream()
                .filter(r -> r.challenger() != null)
                .collect(Collectors.groupingBy(r -> r.challenger().algorithm(), TreeMap::new, Collectors.counting()));
        return String.format(
                Locale.ROOT,
                """
                === Training at scale ===
                series: %d x %d days, cores: %d, parallelism: %d
                candidates: %s, folds: %d x %d days (every %d days), gate metric: %s
                generate + insert: %d ms
                pass 1 (first champions, 2,343 days): %.1f s, %.1f ms/series, decisions %s
                pass 2 (gate vs champion, 2,373 days): %.1f s, %.1f ms/series, decisions %s, models %s
                """,
                n,
                java.time.temporal.ChronoUnit.DAYS.between(START, END) + 1,
                Runtime.getRuntime().availableProcessors(),
                settings.parallelism(),
                settings.candidates().stream().map(CandidateSpec::label).toList(),
                settings.folds(),
                settings.horizonDays(),
                settings.periodDays(),
                settings.gate().metric().id(),
                loadMs,
                pass1.toMillis() / 1000.0,
                pass1.toMillis() / (double) n,
                decisions.apply(first),
                pass2.toMillis() / 1000.0,
                pass2.toMillis() / (double) n,
                decisions.apply(second),
                algorithms);
    }

    private void generate(List<String> ids) throws Exception {
        jdbc.update("delete from model_alias_history where series_id like 'bench_%'");
        jdbc.update("delete from model_alias where series_id like 'bench_%'");
        jdbc.update("delete from model_version where series_id like 'bench_%'");
        jdbc.update("delete from training_run where series_id like 'bench_%'");
        jdbc.update("delete from observation where series_id like 'bench_%'");
        jdbc.update("delete from series where id like 'bench_%'");
        jdbc.batchUpdate(
                "insert into series (id, description) values (?, 'generated for the training benchmark')",
                ids.stream().map(id -> new Object[] {id}).toList());
        insert(ids, START, END);
    }

    /** Writes the generated values of {@code from..to} with COPY. */
    private void insert(List<String> ids, LocalDate from, LocalDate to) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            for (int i = 0; i < ids.size(); i++) {
                StringBuilder rows = new StringBuilder();
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    rows.append(ids.get(i))
                            .append('\t')
                            .append(d)
                            .append('\t')
                            .append(value(i, d))
                            .append('\n');
                }
                pg.getCopyAPI()
                        .copyIn(
                                "copy observation (series_id, ds, value) from stdin",
                                new StringReader(rows.toString()));
            }
        }
    }

    /** Series i: its own level, trend, yearly and weekly amplitudes, noise, and a few outages. */
    static double value(int i, LocalDate d) {
        Random shape = new Random(i * 7919L);
        double level = 50 + 100 * shape.nextDouble();
        double trend = (shape.nextDouble() - 0.5) * 0.02;
        double yearly = 20 * shape.nextDouble();
        double weekly = 8 * shape.nextDouble();
        double noise = 1 + 4 * shape.nextDouble();
        long t = d.toEpochDay() - START.toEpochDay();
        Random day = new Random(i * 1_000_003L + t);
        double v = level
                + trend * t
                + yearly * Math.cos(2 * Math.PI * (t - 20) / 365.25)
                + weekly * (d.getDayOfWeek().getValue() >= 6 ? -1 : 0.4)
                + noise * day.nextGaussian();
        return day.nextDouble() < 0.003 ? 0.1 * v : v;
    }
}
