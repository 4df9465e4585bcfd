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

    record SeriesRow(String id, String unit, String description, LocalDate firstDay, LocalDate lastDay, int days,
            Integer championVersion) {}

    record LoadRow(long id, String kind, String source, LocalDate from, LocalDate to, String status, int inserted,
            int updated, int unchanged, int rejected, Instant finishedAt, String error) {}

    record VintageRow(LocalDate issuedOn, int modelVersion, double intervalWidth, LocalDate ds, double yhat,
            double yhatLower, double yhatUpper) {}

    private final JdbcTemplate jdbc;

    DashboardReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SeriesRow> series() {
        return jdbc.query("""
                SELECT s.id, s.unit, s.description, min(o.ds) AS first_day, max(o.ds) AS last_day,
                       count(o.ds) AS days,
                       (SELECT a.version FROM model_alias a WHERE a.series_id = s.id AND a.alias = 'champion') AS champion
                  FROM series s LEFT JOIN observation o ON o.series_id = s.id
                 GROUP BY s.id, s.unit, s.description
                 ORDER BY CASE s.id WHEN 'corrib_production' THEN 0 ELSE 1 END, s.id
                """, (rs, i) -> new SeriesRow(rs.getString("id"), rs.getString("unit"), rs.getString("description"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getInt("days"), (Integer) rs.getObject("champion")));
    }

    Optional<SeriesRow> series(String id) {
        return series().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    Column actuals(String series) {
        List<LocalDate> ds = new ArrayList<>(2600);
        List<Double> values = new ArrayList<>(2600);
        jdbc.query("SELECT ds, value FROM observation WHERE series_id = ? ORDER BY ds", (ResultSet rs) -> {
            ds.add(rs.getObject(1, LocalDate.class));
            values.add(rs.getDouble(2));
        }, series);
        double[] y = new double[values.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = values.get(i);
        }
        return new Column(ds, y);
    }

    Optional<LoadRow> lastLoad() {
        return jdbc.query("""
                SELECT id, kind, source, requested_from, requested_to, status, inserted, updated, unchanged, rejected,
                       finished_at, error
                  FROM load_run ORDER BY id DESC LIMIT 1
                """, (rs, i) -> new LoadRow(rs.getLong("id"), rs.getString("kind"), rs.getString("source"),
                rs.getObject("requested_from", LocalDate.class), rs.getObject("requested_to", LocalDate.class),
                rs.getString("status"), rs.getInt("inserted"), rs.getInt("updated"), rs.getInt("unchanged"),
                rs.getInt("rejected"), instant(rs, "finished_at"), rs.getString("error"))).stream().findFirst();
    }

    /** The points of the {@code limit} latest issue days of a series, every model version issued on them. */
    Map<String, List<VintageRow>> latestVintages(String series, int limit) {
        List<VintageRow> rows = jdbc.query("""
                SELECT v.issued_on, v.model_version, v.interval_width, v.ds, v.yhat, v.yhat_lower, v.yhat_upper
                  FROM forecast_vintage v
                  JOIN (SELECT DISTINCT issued_on FROM forecast_vintage WHERE series_id = ?
                         ORDER BY issued_on DESC LIMIT ?) d ON d.issued_on = v.issued_on
                 WHERE v.series_id = ?
                 ORDER BY v.issued_on DESC, v.model_version, v.ds
                """, (rs, i) -> new VintageRow(rs.getObject("issued_on", LocalDate.class), rs.getInt("model_version"),
                rs.getDouble("interval_width"), rs.getObject("ds", LocalDate.class), rs.getDouble("yhat"),
                rs.getDouble("yhat_lower"), rs.getDouble("yhat_upper")), series, limit, series);
        Map<String, List<VintageRow>> byKey = new LinkedHashMap<>();
        for (VintageRow row : rows) {
            byKey.computeIfAbsent(row.issuedOn() + "/" + row.modelVersion(), k -> new ArrayList<>()).add(row);
        }
        return byKey;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
