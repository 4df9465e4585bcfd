package org.fantastictrain.platform.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Set-based reads over the platform's tables, shaped for charts (one query per block). */
@Repository
class DashboardReadModel {

    /** A column of days and values, in day order. */
    record Column(List<LocalDate> ds, double[] y) {}

    record SeriesRow(
            String id,
            String unit,
            String description,
            LocalDate firstDay,
            LocalDate lastDay,
            int days,
            Integer championVersion) {}

    record LoadRow(
            long id,
            String kind,
            String source,
            LocalDate from,
            LocalDate to,
            String status,
            int inserted,
            int updated,
            int unchanged,
            int rejected,
            Instant finishedAt,
            String error) {}

    record VintageRow(
            LocalDate issuedOn,
            int modelVersion,
            double intervalWidth,
            LocalDate ds,
            double yhat,
            double yhatLower,
            double yhatUpper) {}

    /**
     * One accuracy check of a control run: {@code observed} is what the criterion compares with its
     * thresholds; {@code value} the windowed figure behind it (RMSE, bias, coverage).
     */
    record ControlPoint(
            LocalDate asOf,
            String criterion,
            Integer modelVersion,
            Double observed,
            Double threshold,
            Double criticalThreshold,
            String verdict,
            Double value,
            Integer points) {}

    private final JdbcTemplate jdbc;

    DashboardReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SeriesRow> series() {
        return jdbc.query(
                """
                SELECT s.id, s.unit, s.description, min(o.ds) AS first_day, max(o.ds) AS last_day,
                       count(o.ds) AS days,
                       (SELECT a.version FROM model_alias a WHERE a.series_id = s.id AND a.alias = 'champion') AS champion
                  FROM series s LEFT JOIN observation o ON o.series_id = s.id
                 GROUP BY s.id, s.unit, s.description
                 ORDER BY CASE s.id WHEN 'corrib_production' THEN 0 ELSE 1 END, s.id
                """,
                (rs, i) -> new SeriesRow(
                        rs.getString("id"),
                        rs.getString("unit"),
                        rs.getString("description"),
                        rs.getObject("first_day", LocalDate.class),
                        rs.getObject("last_day", LocalDate.class),
                        rs.getInt("days"),
                        (Integer) rs.getObject("champion")));
    }

    Optional<SeriesRow> series(String id) {
        return series().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    Column actuals(String series) {
        List<LocalDate> ds = new ArrayList<>(2600);
        List<Double> values = new ArrayList<>(2600);
        jdbc.query(
                "SELECT ds, value FROM observation WHERE series_id = ? ORDER BY ds",
                (ResultSet rs) -> {
                    ds.add(rs.getObject(1, LocalDate.class));
                    values.add(rs.getDouble(2));
                },
                series);
        double[] y = new double[values.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = values.get(i);
        }
        return new Column(ds, y);
    }

    Optional<LoadRow> lastLoad() {
        return jdbc
                .query(
                        """
                SELECT id, kind, source, requested_from, requested_to, status, inserted, updated, unchanged, rejected,
                       finished_at, error
                  FROM load_run ORDER BY id DESC LIMIT 1
                """,
                        (rs, i) -> new LoadRow(
                                rs.getLong("id"),
                                rs.getString("kind"),
                                rs.getString("source"),
                                rs.getObject("requested_from", LocalDate.class),
                                rs.getObject("requested_to", LocalDate.class),
                                rs.getString("status"),
                                rs.getInt("inserted"),
                                rs.getInt("updated"),
                                rs.getInt("unchanged"),
                                rs.getInt("rejected"),
                                instant(rs, "finished_at"),
                                rs.getString("error")))
                .stream()
                .findFirst();
    }

    /** The points of the {@code limit} latest issue days of a series, every model version issued on them. */
    Map<String, List<VintageRow>> latestVintages(String series, int limit) {
        List<VintageRow> rows = jdbc.query(
                """
                SELECT v.issued_on, v.model_version, v.interval_width, v.ds, v.yhat, v.yhat_lower, v.yhat_upper
                  FROM forecast_vintage v
                  JOIN (SELECT DISTINCT issued_on FROM forecast_vintage WHERE series_id = ?
                         ORDER BY issued_on DESC LIMIT ?) d ON d.issued_on = v.issued_on
                 WHERE v.series_id = ?
                 ORDER BY v.issued_on DESC, v.model_version, v.ds
                """,
                (rs, i) -> new VintageRow(
                        rs.getObject("issued_on", LocalDate.class),
                        rs.getInt("model_version"),
                        rs.getDouble("interval_width"),
                        rs.getObject("ds", LocalDate.class),
                        rs.getDouble("yhat"),
                        rs.getDouble("yhat_lower"),
                        rs.getDouble("yhat_upper")),
                series,
                limit,
                series);
        Map<String, List<VintageRow>> byKey = new LinkedHashMap<>();
        for (VintageRow row : rows) {
            byKey.computeIfAbsent(row.issuedOn() + "/" + row.modelVersion(), k -> new ArrayList<>())
                    .add(row);
        }
        return byKey;
    }

    /**
     * The RMSE, bias and coverage checks of one window over time: per as-of day, the newest control
     * run's check of each criterion, in day order.
     */
    List<ControlPoint> controlHistory(String series, int window) {
        return jdbc.query(
                """
                SELECT DISTINCT ON (c.as_of, c.criterion)
                       c.as_of, c.criterion, c.model_version, c.observed, c.threshold, c.critical_threshold, c.verdict,
                       CASE c.criterion WHEN 'rmse_deviation' THEN c.detail->>'rmse'
                                        WHEN 'forecast_bias' THEN c.detail->>'bias'
                                        ELSE c.observed::text END AS value,
                       c.detail->>'points' AS points
                  FROM control_check c
                 WHERE c.series_id = ? AND c.window_days = ?
                   AND c.criterion IN ('rmse_deviation', 'forecast_bias', 'coverage')
                 ORDER BY c.as_of, c.criterion, c.run_id DESC
                """,
                (rs, i) -> new ControlPoint(
                        rs.getObject("as_of", LocalDate.class),
                        rs.getString("criterion"),
                        rs.getObject("model_version", Integer.class),
                        rs.getObject("observed", Double.class),
                        rs.getObject("threshold", Double.class),
                        rs.getObject("critical_threshold", Double.class),
                        rs.getString("verdict"),
                        number(rs.getString("value")),
                        integer(rs.getString("points"))),
                series,
                window);
    }

    private static Double number(String text) {
        try {
            Double d = text == null ? null : Double.valueOf(text);
            return d == null || !Double.isFinite(d) ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        Double d = number(text);
        return d == null ? null : d.intValue();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
