package org.fantastictrain.platform.scheduling.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.application.port.out.JobRunRepository;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRun;
import org.fantastictrain.platform.scheduling.domain.JobRunStatus;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code job_run} table. */
@Repository
class JdbcJobRunRepository implements JobRunRepository {

    private static final TypeReference<Map<String, Object>> SUMMARY = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, job, trigger, scheduled_for, started_at, finished_at, status, summary::text AS summary, error, instance";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcJobRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long queue(JobName job, Instant requestedAt) {
        return jdbc.sql(
                        "INSERT INTO job_run (job, trigger, scheduled_for, status) VALUES (?, ?, ?, 'QUEUED') RETURNING id")
                .params(job.id(), RunTrigger.MANUAL.id(), Timestamp.from(requestedAt))
                .query(Long.class)
                .single();
    }

    @Override
    public long start(JobName job, RunTrigger trigger, Instant scheduledFor, Instant startedAt, String instance) {
        return jdbc.sql("INSERT INTO job_run (job, trigger, scheduled_for, started_at, status, instance)"
                        + " VALUES (?, ?, ?, ?, 'RUNNING', ?) RETURNING id")
                .params(job.id(), trigger.id(), Timestamp.from(scheduledFor), Timestamp.from(startedAt), instance)
                .query(Long.class)
                .single();
    }

    @Override
    public void markRunning(long id, Instant startedAt, String instance) {
        int updated = jdbc.sql(
                        "UPDATE job_run SET status = 'RUNNING', started_at = ?, instance = ? WHERE id = ? AND status = 'QUEUED'")
                .params(Timestamp.from(startedAt), instance, id)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("job run " + id + " is not queued");
        }
    }

    @Override
    public void finish(long id, JobRunStatus status, Instant finishedAt, Map<String, Object> summary, String error) {
        jdbc.sql("UPDATE job_run SET status = ?, finished_at = ?, summary = ?::jsonb, error = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(finishedAt), json.writeValueAsString(summary), error, id)
                .update();
    }

    @Override
    public List<JobRun> recent(Optional<JobName> job, int limit) {
        if (job.isPresent()) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM job_run WHERE job = ? ORDER BY id DESC LIMIT ?")
                    .params(job.get().id(), limit)
                    .query(this::map)
                    .list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_run ORDER BY id DESC LIMIT ?")
                .params(limit)
                .query(this::map)
                .list();
    }

    @Override
    public Optional<JobRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_run WHERE id = ?")
                .params(id)
                .query(this::map)
                .optional();
    }

    private JobRun map(ResultSet rs, int row) throws SQLException {
        String job = rs.getString("job");
        return new JobRun(
                rs.getLong("id"),
                JobName.fromId(job).orElseThrow(() -> new IllegalStateException("unknown job in job_run: " + job)),
                RunTrigger.fromId(rs.getString("trigger")),
                instant(rs, "scheduled_for"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                JobRunStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("summary"), SUMMARY),
                rs.getString("error"),
                rs.getString("instance"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
