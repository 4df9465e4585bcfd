package org.fantastictrain.platform.ingest.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.fantastictrain.platform.ingest.application.port.out.LastLoadedDayPort;
import org.fantastictrain.platform.ingest.application.port.out.LoadRunPort;
import org.fantastictrain.platform.ingest.domain.LoadCounts;
import org.fantastictrain.platform.ingest.domain.LoadKind;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.ingest.domain.LoadRunDetails;
import org.fantastictrain.platform.ingest.domain.LoadStatus;
import org.fantastictrain.platform.ingest.domain.RejectedRow;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.springframework.jdbc.core.JdbcTemplate;

/** Load runs in {@code load_run} / {@code rejected_row}; each write commits on its own. */
class JdbcLoadRuns implements LoadRunPort, LastLoadedDayPort {
    private static final String COLUMNS = """
            id, source, kind, requested_from, requested_to, status, inserted, updated, unchanged, rejected,
            missing_values, started_at, finished_at, error""";

    private final JdbcTemplate jdbc;

    JdbcLoadRuns(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public long start(String source, LoadKind kind, LocalDate from, LocalDate to, Instant startedAt) {
        Long id = jdbc.queryForObject("""
                insert into load_run (source, kind, requested_from, requested_to, started_at, status)
                values (?, ?, ?, ?, ?, 'RUNNING') returning id""", Long.class, source, kind.code(), from, to, utc(startedAt));
        return id;
    }

    @Override
    public void fail(long runId, String reason, Instant finishedAt) {
        jdbc.update("""
                update load_run set status = 'FAILED', finished_at = ?, error = ?,
                    inserted = 0, updated = 0, unchanged = 0, rejected = 0, missing_values = 0
                where id = ?""", utc(finishedAt), reason, runId);
    }

    @Override
    public Optional<LoadRunDetails> find(long runId) {
        List<LoadRun> runs = jdbc.query("select " + COLUMNS + " from load_run where id = ?", JdbcLoadRuns::run, runId);
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        List<RejectedRow> rejected = jdbc.query("""
                select position, ds, series_id, raw, reason from rejected_row
                where load_run_id = ? order by id""", JdbcLoadRuns::rejectedRow, runId);
        return Optional.of(new LoadRunDetails(runs.get(0), rejected));
    }

    @Override
    public List<LoadRun> latest(int limit) {
        return jdbc.query("select " + COLUMNS + " from load_run order by id desc limit ?", JdbcLoadRuns::run, limit);
    }

    @Override
    public Optional<LocalDate> lastLoadedDay() {
        return Optional.ofNullable(jdbc.queryForObject("select max(ds) from observation", LocalDate.class));
    }

    private static LoadRun run(ResultSet rs, int row) throws SQLException {
        return new LoadRun(
                rs.getLong("id"),
                rs.getString("source"),
                LoadKind.fromCode(rs.getString("kind")),
                rs.getObject("requested_from", LocalDate.class),
                rs.getObject("requested_to", LocalDate.class),
                LoadStatus.valueOf(rs.getString("status")),
                new LoadCounts(
                        rs.getInt("inserted"),
                        rs.getInt("updated"),
                        rs.getInt("unchanged"),
                        rs.getInt("rejected"),
                        rs.getInt("missing_values")),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getString("error"));
    }

    private static RejectedRow rejectedRow(ResultSet rs, int row) throws SQLException {
        String series = rs.getString("series_id");
        return new RejectedRow(
                rs.getString("position"),
                rs.getObject("ds", LocalDate.class),
                series == null ? null : SeriesId.fromId(series).orElse(null),
                rs.getString("raw"),
                rs.getString("reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
