package org.fantastictrain.platform.control.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.out.EvaluationStore;
import org.fantastictrain.platform.control.domain.EvaluatedPoint;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Set-based refresh of {@code forecast_evaluation}: one upsert joining the vintages and the served
 * forecasts (newest per series, model version, business day served and target day) with the
 * actuals; unchanged rows are not rewritten, a revised actual rewrites its rows.
 */
public class JdbcEvaluationStore implements EvaluationStore {

    private static final String REFRESH = """
            INSERT INTO forecast_evaluation (series_id, source, model_version, issued_on, ds, lead_days, yhat, yhat_lower,
                yhat_upper, interval_width, actual, error, abs_error, squared_error, inside_interval, evaluated_at)
            SELECT f.series_id, f.source, f.model_version, f.issued_on, f.ds, f.ds - f.issued_on, f.yhat, f.yhat_lower,
                   f.yhat_upper, f.interval_width, o.value, f.yhat - o.value, abs(f.yhat - o.value),
                   (f.yhat - o.value) * (f.yhat - o.value), o.value BETWEEN f.yhat_lower AND f.yhat_upper, ?
            FROM (
                SELECT v.series_id, 'vintage' AS source, v.model_version, v.issued_on, v.ds, v.yhat, v.yhat_lower,
                       v.yhat_upper, v.interval_width
                FROM forecast_vintage v
                WHERE v.ds BETWEEN ? AND ?
                UNION ALL
                (SELECT DISTINCT ON (sp.series_id, sp.model_version, sp.served_on, sp.ds)
                       sp.series_id, 'served', sp.model_version, sp.served_on, sp.ds, sp.yhat, sp.yhat_lower, sp.yhat_upper,
                       sp.interval_width
                FROM (SELECT s.id, s.series_id, s.model_version, s.served_at, (s.served_at AT TIME ZONE ?)::date AS served_on,
                             p.ds, p.yhat, p.yhat_lower, p.yhat_upper, s.interval_width
                      FROM served_forecast s JOIN served_forecast_point p ON p.served_id = s.id
                      WHERE p.ds BETWEEN ? AND ?) sp
                WHERE sp.ds > sp.served_on
                ORDER BY sp.series_id, sp.model_version, sp.served_on, sp.ds, sp.served_at DESC, sp.id DESC)
            ) f
            JOIN observation o ON o.series_id = f.series_id AND o.ds = f.ds
            ON CONFLICT (series_id, source, model_version, issued_on, ds) DO UPDATE SET
                yhat = EXCLUDED.yhat, yhat_lower = EXCLUDED.yhat_lower, yhat_upper = EXCLUDED.yhat_upper,
                interval_width = EXCLUDED.interval_width, actual = EXCLUDED.actual, error = EXCLUDED.error,
                abs_error = EXCLUDED.abs_error, squared_error = EXCLUDED.squared_error,
                inside_interval = EXCLUDED.inside_interval, evaluated_at = EXCLUDED.evaluated_at
            WHERE (forecast_evaluation.yhat, forecast_evaluation.yhat_lower, forecast_evaluation.yhat_upper,
                   forecast_evaluation.interval_width, forecast_evaluation.actual)
                IS DISTINCT FROM (EXCLUDED.yhat, EXCLUDED.yhat_lower, EXCLUDED.yhat_upper, EXCLUDED.interval_width, EXCLUDED.actual)
            """;

    private final JdbcTemplate jdbc;
    private final String zone;

    public JdbcEvaluationStore(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone.getId();
    }

    @Override
    public int refresh(LocalDate from, LocalDate to, Instant now) {
        return jdbc.update(REFRESH, Timestamp.from(now), from, to, zone, from, to);
    }

    @Override
    public List<EvaluatedPoint> points(String series, LocalDate from, LocalDate to, Optional<String> source) {
        List<Object> args = new ArrayList<>(List.of(series, from, to));
        String sql =
                "SELECT source, model_version, issued_on, ds, lead_days, yhat, yhat_lower, yhat_upper, interval_width, actual"
                        + " FROM forecast_evaluation WHERE series_id = ? AND ds BETWEEN ? AND ?";
        if (source.isPresent()) {
            sql += " AND source = ?";
            args.add(source.get());
        }
        sql += " ORDER BY ds, source, model_version, issued_on";
        return jdbc.query(
                sql,
                (rs, i) -> new EvaluatedPoint(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getInt(5),
                        rs.getDouble(6),
                        rs.getDouble(7),
                        rs.getDouble(8),
                        rs.getDouble(9),
                        rs.getDouble(10)),
                args.toArray());
    }
}
