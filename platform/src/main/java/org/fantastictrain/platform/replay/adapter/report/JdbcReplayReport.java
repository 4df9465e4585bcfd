package org.fantastictrain.platform.replay.adapter.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.replay.adapter.report.ReplayReportData.AlarmSpan;
import org.fantastictrain.platform.replay.adapter.report.ReplayReportData.Criterion;
import org.fantastictrain.platform.replay.adapter.report.ReplayReportData.CriterionPoint;
import org.fantastictrain.platform.replay.adapter.report.ReplayReportData.DayValue;
import org.fantastictrain.platform.replay.adapter.report.ReplayReportData.LiveForecast;
import org.fantastictrain.platform.replay.adapter.report.ReplayReportData.Training;
import org.fantastictrain.platform.replay.application.port.out.ReplayReportPort;
import org.fantastictrain.platform.replay.domain.ReplayRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a replay's outcome from the database, builds {@code summary.json} and writes the HTML report. */
public class JdbcReplayReport implements ReplayReportPort {

    static final int[] LEADS = {1, 7, 30};

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public JdbcReplayReport(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public Map<String, Object> report(ReplayRun run, List<String> series, Optional<Path> dir) {
        LocalDate to = run.currentDay() == null ? run.from().minusDays(1) : run.currentDay();
        ReplayReportData data = read(run.from(), to, series);
        Map<String, Object> summary = summary(run, to, series, data);
        dir.ifPresent(d -> write(d, run, summary, data));
        return summary;
    }

    private Map<String, Object> summary(ReplayRun run, LocalDate to, List<String> series, ReplayReportData data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("replay_id", run.id());
        s.put("from", run.from().toString());
        s.put("to", run.to().toString());
        s.put("replayed_to", run.currentDay() == null ? null : run.currentDay().toString());
        s.put("series", series);
        s.put("days", run.counts().days());
        s.put("loads", run.counts().loads());
        s.put("rows_loaded", run.counts().rowsLoaded());
        s.put("trainings", run.counts().trainings());
        s.put("promotions", run.counts().promotions());
        s.put("rejections", run.counts().rejections());
        s.put(
                "failed_trainings",
                data.trainings().stream()
                        .filter(t -> "FAILED".equals(t.decision()))
                        .count());
        s.put("alarms", run.counts().alarms());
        Map<String, Integer> byCriterion = new java.util.TreeMap<>();
        for (AlarmSpan a : data.alarms()) {
            byCriterion.merge(a.criterion(), 1, Integer::sum);
        }
        s.put("alarms_by_criterion", byCriterion);
        s.put("job_runs", jobRuns(run.from(), to));
        Map<String, Object> accuracy = new LinkedHashMap<>();
        for (String id : series) {
            Map<String, Object> byLead = new LinkedHashMap<>();
            for (int lead : LEADS) {
                byLead.put("lead_" + lead, accuracy(id, run.from(), to, lead));
            }
            accuracy.put(id, byLead);
        }
        s.put("accuracy", accuracy);
        Map<String, Object> champions = new LinkedHashMap<>();
        for (String id : series) {
            champions.put(
                    id,
                    data.live().getOrDefault(id, List.of()).stream()
                            .map(LiveForecast::modelVersion)
                            .distinct()
                            .toList());
        }
        s.put("champion_versions", champions);
        return s;
    }

    /** Realised accuracy of the vintages issued in the range at one lead, on the days with an actual. */
    private Map<String, Object> accuracy(String series, LocalDate from, LocalDate to, int lead) {
        return jdbc.sql("""
                WITH live AS (
                    SELECT DISTINCT ON (v.issued_on) v.ds, v.yhat, v.yhat_lower, v.yhat_upper
                    FROM forecast_vintage v
                    WHERE v.series_id = ? AND v.issued_on BETWEEN ? AND ? AND v.ds = v.issued_on + ?
                    ORDER BY v.issued_on, v.model_version DESC)
                SELECT count(*) AS n, sqrt(avg((l.yhat - o.value) ^ 2)) AS rmse,
                       avg(CASE WHEN o.value BETWEEN l.yhat_lower AND l.yhat_upper THEN 1.0 ELSE 0.0 END) AS coverage
                FROM live l JOIN observation o ON o.series_id = ? AND o.ds = l.ds AND o.ds <= ?
                """)
                .params(series, Date.valueOf(from), Date.valueOf(to), lead, series, Date.valueOf(to))
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("points", rs.getLong("n"));
                    m.put("rmse", nullable(rs, "rmse"));
                    m.put("coverage", nullable(rs, "coverage"));
                    return m;
                })
                .single();
    }

    private Map<String, Long> jobRuns(LocalDate from, LocalDate to) {
        Map<String, Long> runs = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT job, count(*) AS n FROM job_run WHERE trigger = 'replay' AND scheduled_for >= ? AND scheduled_for < ?"
                                + " GROUP BY job ORDER BY job")
                .params(start(from), start(to.plusDays(1)))
                .query((rs, i) -> runs.put(rs.getString("job"), rs.getLong("n")))
                .list();
        return runs;
    }

    ReplayReportData read(LocalDate from, LocalDate to, List<String> series) {
        Map<String, List<DayValue>> actuals = new LinkedHashMap<>();
        Map<String, List<LiveForecast>> live = new LinkedHashMap<>();
        for (String id : series) {
            actuals.put(
                    id,
                    jdbc.sql("SELECT ds, value FROM observation WHERE series_id = ? AND ds BETWEEN ? AND ? ORDER BY ds")
                            .params(id, Date.valueOf(from), Date.valueOf(to))
                            .query((rs, i) -> new DayValue(rs.getDate("ds").toLocalDate(), rs.getDouble("value")))
                            .list());
            live.put(
                    id,
                    jdbc.sql("""
                    SELECT DISTINCT ON (issued_on) ds, model_version, yhat, yhat_lower, yhat_upper
                    FROM forecast_vintage WHERE series_id = ? AND issued_on BETWEEN ? AND ? AND ds = issued_on + 1
                    ORDER BY issued_on, model_version DESC
                    """)
                            .params(id, Date.valueOf(from.minusDays(1)), Date.valueOf(to.minusDays(1)))
                            .query((rs, i) -> new LiveForecast(
                                    rs.getDate("ds").toLocalDate(),
                                    rs.getInt("model_version"),
                                    rs.getDouble("yhat"),
                                    rs.getDouble("yhat_lower"),
                                    rs.getDouble("yhat_upper")))
                            .list());
        }
        String[] ids = series.toArray(String[]::new);
        List<Training> trainings = jdbc.sql("""
                SELECT id, series_id, started_at, decision, challenger_version, champion_version, metric, reason,
                       (challenger -> 'scores' -> 'overall' ->> metric)::float8 AS challenger_value,
                       (champion -> 'refit' -> 'overall' ->> metric)::float8 AS champion_value,
                       (champion -> 'frozen' -> 'overall' ->> metric)::float8 AS champion_frozen
                FROM training_run
                WHERE trigger = 'replay' AND series_id = ANY (?) AND started_at >= ? AND started_at < ?
                ORDER BY started_at, id
                """)
                .params(ids, start(from), start(to.plusDays(1)))
                .query((rs, i) -> new Training(
                        rs.getLong("id"),
                        rs.getString("series_id"),
                        rs.getTimestamp("started_at").toInstant().atZone(zone).toLocalDate(),
                        rs.getString("decision"),
                        integer(rs, "challenger_version"),
                        integer(rs, "champion_version"),
                        rs.getString("metric"),
                        nullable(rs, "challenger_value"),
                        nullable(rs, "champion_value"),
                        nullable(rs, "champion_frozen"),
                        rs.getString("reason")))
                .list();
        Map<String, List<CriterionPoint>> points = new LinkedHashMap<>();
        Map<String, Criterion> keys = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (series_id, criterion, window_days, as_of)
                       series_id, criterion, window_days, as_of, observed, threshold, critical_threshold, verdict
                FROM control_check WHERE series_id = ANY (?) AND as_of BETWEEN ? AND ?
                ORDER BY series_id, criterion, window_days, as_of, id DESC
                """)
                .params(ids, Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> {
                    Integer window = integer(rs, "window_days");
                    String key = rs.getString("series_id") + "|" + rs.getString("criterion") + "|" + window;
                    keys.computeIfAbsent(
                            key, k -> new Criterion(safe(rs, "series_id"), safe(rs, "criterion"), window, null));
                    points.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new CriterionPoint(
                                    rs.getDate("as_of").toLocalDate(),
                                    nullable(rs, "observed"),
                                    nullable(rs, "threshold"),
                                    nullable(rs, "critical_threshold"),
                                    rs.getString("verdict")));
                    return key;
                })
                .list();
        Map<String, List<Criterion>> criteria = new LinkedHashMap<>();
        keys.forEach((k, c) -> criteria.computeIfAbsent(c.series(), s -> new ArrayList<>())
                .add(new Criterion(c.series(), c.criterion(), c.windowDays(), points.get(k))));
        List<AlarmSpan> alarms = jdbc.sql("""
                SELECT id, series_id, criterion, severity, window_days, first_seen_as_of, last_seen_as_of, resolved_at, summary
                FROM alarm WHERE series_id = ANY (?) AND first_seen_as_of BETWEEN ? AND ? ORDER BY first_seen_as_of, id
                """)
                .params(ids, Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> {
                    Timestamp resolved = rs.getTimestamp("resolved_at");
                    return new AlarmSpan(
                            rs.getLong("id"),
                            rs.getString("series_id"),
                            rs.getString("criterion"),
                            rs.getString("severity"),
                            integer(rs, "window_days"),
                            rs.getDate("first_seen_as_of").toLocalDate(),
                            rs.getDate("last_seen_as_of").toLocalDate(),
                            resolved == null
                                    ? null
                                    : resolved.toInstant().atZone(zone).toLocalDate(),
                            rs.getString("summary"));
                })
                .list();
        return new ReplayReportData(actuals, live, trainings, criteria, alarms);
    }

    private void write(Path dir, ReplayRun run, Map<String, Object> summary, ReplayReportData data) {
        try {
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve("summary.json"), json.writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve("index.html"), new HtmlReport(run, summary, data).render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
    }

    private Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    private static String safe(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() || !Double.isFinite(v) ? null : v;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
