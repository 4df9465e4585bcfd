package org.fantastictrain.platform.control.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.control.application.port.out.ControlRunStore;
import org.fantastictrain.platform.control.domain.Check;
import org.fantastictrain.platform.control.domain.Criterion;
import org.fantastictrain.platform.control.domain.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code control_run} and {@code control_check}. */
public class JdbcControlRuns implements ControlRunStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public JdbcControlRuns(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public long start(LocalDate asOf, String trigger, Instant now) {
        Long id = jdbc.queryForObject(
                "INSERT INTO control_run (as_of, trigger, started_at) VALUES (?, ?, ?) RETURNING id",
                Long.class,
                asOf,
                trigger,
                Timestamp.from(now));
        return id == null ? 0 : id;
    }

    @Override
    public void saveChecks(long runId, LocalDate asOf, List<Check> checks, Instant now) {
        jdbc.batchUpdate("""
                INSERT INTO control_check (run_id, series_id, criterion, window_days, model_version, observed, threshold,
                    critical_threshold, verdict, detail, as_of, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                """, checks, checks.size(), (ps, c) -> {
            ps.setLong(1, runId);
            ps.setString(2, c.series());
            ps.setString(3, c.criterion().id());
            ps.setObject(4, c.windowDays());
            ps.setObject(5, c.modelVersion());
            ps.setObject(6, c.observed());
            ps.setObject(7, c.threshold());
            ps.setObject(8, c.criticalThreshold());
            ps.setString(9, c.verdict().name());
            ps.setString(10, json.writeValueAsString(c.detail()));
            ps.setObject(11, asOf);
            ps.setTimestamp(12, Timestamp.from(now));
        });
    }

    @Override
    public void finish(long runId, Map<String, Object> summary, Instant now) {
        jdbc.update(
                "UPDATE control_run SET finished_at = ?, summary = ?::jsonb WHERE id = ?",
                Timestamp.from(now),
                json.writeValueAsString(summary),
                runId);
    }

    @Override
    public List<Check> latestChecks(String series) {
        return jdbc.query("""
                SELECT series_id, criterion, window_days, model_version, observed, threshold, critical_threshold, verdict,
                       detail::text
                FROM control_check
                WHERE series_id = ? AND run_id = (SELECT max(run_id) FROM control_check WHERE series_id = ?)
                ORDER BY id
                """, this::check, series, series);
    }

    private Check check(ResultSet rs, int i) throws SQLException {
        return new Check(
                rs.getString(1),
                Criterion.fromId(rs.getString(2)),
                rs.getObject(3, Integer.class),
                rs.getObject(4, Integer.class),
                rs.getObject(5, Double.class),
                rs.getObject(6, Double.class),
                rs.getObject(7, Double.class),
                Verdict.valueOf(rs.getString(8)),
                json.readValue(rs.getString(9), new TypeReference<Map<String, Object>>() {}));
    }
}
