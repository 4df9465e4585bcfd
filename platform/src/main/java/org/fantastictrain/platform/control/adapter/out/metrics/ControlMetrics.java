package org.fantastictrain.platform.control.adapter.out.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.fantastictrain.platform.control.application.port.out.ControlGaugesPort;
import org.fantastictrain.platform.control.domain.Check;
import org.fantastictrain.platform.control.domain.Criterion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The control metrics at {@code /actuator/prometheus}: windowed RMSE and its ratio to the champion's
 * backtest RMSE per series and window (from the newest checks), alarms firing, age of the last
 * successful load, forecasts served, last duration of each job. Database-backed gauges are read at
 * scrape time; an unreachable database gives NaN, not an error.
 */
public class ControlMetrics implements ControlGaugesPort {
    private static final Logger log = LoggerFactory.getLogger(ControlMetrics.class);

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Double> values = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    public ControlMetrics(
            MeterRegistry registry,
            JdbcTemplate jdbc,
            Clock clock,
            List<String> series,
            List<String> jobs,
            List<String> channels) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        for (String severity : List.of("warning", "critical")) {
            Gauge.builder(
                            "ft.alarms.firing",
                            () -> query(() -> count(
                                    "SELECT count(*) FROM alarm WHERE state = 'firing' AND severity = ?", severity)))
                    .description("Alarms firing")
                    .tag("severity", severity)
                    .register(registry);
        }
        Gauge.builder("ft.data.last.load.age", () -> query(this::lastLoadAge))
                .description("Time since the last successful load finished")
                .baseUnit("seconds")
                .register(registry);
        for (String s : series) {
            Gauge.builder("ft.data.last.actual.age", () -> query(() -> lastActualAge(s)))
                    .description("Days between today (business clock) and the newest actual")
                    .baseUnit("days")
                    .tag("series", s)
                    .register(registry);
        }
        for (String channel : channels) {
            FunctionCounter.builder(
                            "ft.forecasts.served",
                            this,
                            m -> m.query(
                                    () -> m.count("SELECT count(*) FROM served_forecast WHERE channel = ?", channel)))
                    .description("Forecasts served and logged")
                    .tag("channel", channel)
                    .register(registry);
        }
        for (String job : jobs) {
            Gauge.builder("ft.job.last.duration", () -> query(() -> lastJobDuration(job)))
                    .description("Duration of the newest finished run of a job")
                    .baseUnit("seconds")
                    .tag("job", job)
                    .register(registry);
        }
        Gauge.builder(
                        "ft.alarm.deliveries.pending",
                        () -> query(() -> count("SELECT count(*) FROM alarm_delivery WHERE pending")))
                .description("Alarm deliveries owed (not yet delivered or retrying)")
                .register(registry);
    }

    /** Registers the gauges of the checks' windowed RMSE and RMSE ratio and sets them. */
    @Override
    public void publish(List<Check> checks) {
        for (Check c : checks) {
            if (c.criterion() != Criterion.RMSE_DEVIATION || c.windowDays() == null) {
                continue;
            }
            String key = c.series() + "/" + c.windowDays();
            Object rmse = c.detail().get("rmse");
            values.put("rmse/" + key, rmse instanceof Number n ? n.doubleValue() : Double.NaN);
            values.put("ratio/" + key, c.observed() == null ? Double.NaN : c.observed());
            register("ft.control.rmse", "Windowed RMSE of the daily forecasts", "rmse/" + key, c);
            register("ft.control.rmse.ratio", "Windowed RMSE / champion backtest RMSE", "ratio/" + key, c);
        }
    }

    private void register(String name, String description, String key, Check c) {
        // A gauge reads the live map, so it is registered once per key; the values move underneath.
        if (!registered.add(name + "|" + key)) {
            return;
        }
        Gauge.builder(name, values, v -> v.getOrDefault(key, Double.NaN))
                .description(description)
                .tag("series", c.series())
                .tag("window", c.windowDays() + "d")
                .register(registry);
    }

    private double lastLoadAge() {
        Timestamp last = jdbc.queryForObject(
                "SELECT max(finished_at) FROM load_run WHERE status = 'SUCCEEDED'", Timestamp.class);
        return last == null
                ? Double.NaN
                : Duration.between(last.toInstant(), clock.instant()).toMillis() / 1000.0;
    }

    private double lastActualAge(String series) {
        LocalDate last =
                jdbc.queryForObject("SELECT max(ds) FROM observation WHERE series_id = ?", LocalDate.class, series);
        return last == null ? Double.NaN : ChronoUnit.DAYS.between(last, LocalDate.now(clock));
    }

    private double lastJobDuration(String job) {
        List<Double> d = jdbc.queryForList("""
                SELECT extract(epoch FROM finished_at - started_at)::float8 FROM job_run
                WHERE job = ? AND finished_at IS NOT NULL AND started_at IS NOT NULL ORDER BY id DESC LIMIT 1
                """, Double.class, job);
        return d.isEmpty() ? Double.NaN : d.get(0);
    }

    private double count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private double query(Supplier<Double> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            log.debug("Metric query failed: {}", e.toString());
            return Double.NaN;
        }
    }
}
