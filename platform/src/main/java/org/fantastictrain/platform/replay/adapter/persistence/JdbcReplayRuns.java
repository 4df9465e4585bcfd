package org.fantastictrain.platform.replay.adapter.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.replay.application.port.out.ReplayRunStore;
import org.fantastictrain.platform.replay.domain.ReplayCounts;
import org.fantastictrain.platform.replay.domain.ReplayRun;
import org.fantastictrain.platform.replay.domain.ReplayStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code replay_run} table. */
public class JdbcReplayRuns implements ReplayRunStore {

    private static final TypeReference<Map<String, Object>> SUMMARY = new TypeReference<>() {};
    private static final String COLUMNS = "id, from_day, to_day, series, status, current_day, days, loads, rows_loaded,"
            + " trainings, promotions, rejections, alarms, error, summary::text AS summary, started_at, finished_at";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public JdbcReplayRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReplayRun create(LocalDate from, LocalDate to, String series, Instant startedAt) {
        long id = jdbc.sql(
                        "INSERT INTO replay_run (from_day, to_day, series, status, started_at) VALUES (?, ?, ?, 'RUNNING', ?)"
                                + " RETURNING id")
                .params(Date.valueOf(from), Date.valueOf(to), series, Timestamp.from(startedAt))
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    @Override
    public Optional<ReplayRun> unfinished(LocalDate from, LocalDate to, String series) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM replay_run WHERE from_day = ? AND to_day = ? AND series = ?"
                        + " AND status <> 'SUCCEEDED' ORDER BY id DESC LIMIT 1")
                .params(Date.valueOf(from), Date.valueOf(to), series)
                .query(this::map)
                .optional();
    }

    @Override
    public ReplayRun restart(long id) {
        jdbc.sql("UPDATE replay_run SET status = 'RUNNING', error = NULL, finished_at = NULL WHERE id = ?")
                .params(id)
                .update();
        return find(id).orElseThrow();
    }

    @Override
    public void progress(long id, LocalDate currentDay, ReplayCounts c) {
        jdbc.sql(
                        "UPDATE replay_run SET current_day = ?, days = ?, loads = ?, rows_loaded = ?, trainings = ?, promotions = ?,"
                                + " rejections = ?, alarms = ? WHERE id = ?")
                .params(
                        Date.valueOf(currentDay),
                        c.days(),
                        c.loads(),
                        c.rowsLoaded(),
                        c.trainings(),
                        c.promotions(),
                        c.rejections(),
                        c.alarms(),
                        id)
                .update();
    }

    @Override
    public void finish(
            long id,
            ReplayStatus status,
            ReplayCounts c,
            String error,
            Map<String, Object> summary,
            Instant finishedAt) {
        jdbc.sql(
                        "UPDATE replay_run SET status = ?, days = ?, loads = ?, rows_loaded = ?, trainings = ?, promotions = ?,"
                                + " rejections = ?, alarms = ?, error = ?, summary = ?::jsonb, finished_at = ? WHERE id = ?")
                .params(
                        status.name(),
                        c.days(),
                        c.loads(),
                        c.rowsLoaded(),
                        c.trainings(),
                        c.promotions(),
                        c.rejections(),
                        c.alarms(),
                        error,
                        json.writeValueAsString(summary),
                        Timestamp.from(finishedAt),
                        id)
                .update();
    }

    @Override
    public Optional<ReplayRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM replay_run WHERE id = ?")
                .params(id)
                .query(this::map)
                .optional();
    }

    @Override
    public List<ReplayRun> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM replay_run ORDER BY id DESC LIMIT ?")
                .params(limit)
                .query(this::map)
                .list();
    }

    private ReplayRun map(ResultSet rs, int row) throws SQLException {
        Date current = rs.getDate("current_day");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReplayRun(
                rs.getLong("id"),
                rs.getDate("from_day").toLocalDate(),
                rs.getDate("to_day").toLocalDate(),
                rs.getString("series"),
                ReplayStatus.valueOf(rs.getString("status")),
                current == null ? null : current.toLocalDate(),
                new ReplayCounts(
                        rs.getInt("days"),
                        rs.getInt("loads"),
                        rs.getLong("rows_loaded"),
                        rs.getInt("trainings"),
                        rs.getInt("promotions"),
                        rs.getInt("rejections"),
                        rs.getInt("alarms")),
                rs.getString("error"),
                json.readValue(rs.getString("summary"), SUMMARY),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
