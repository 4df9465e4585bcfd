package org.fantastictrain.platform.ingest.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.fantastictrain.platform.ingest.application.port.out.StoreLoadPort;
import org.fantastictrain.platform.ingest.domain.LoadCounts;
import org.fantastictrain.platform.ingest.domain.LoadStatus;
import org.fantastictrain.platform.ingest.domain.Observation;
import org.fantastictrain.platform.ingest.domain.RejectedRow;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a load's batch, its rejected rows and the run's outcome in one transaction. */
class JdbcLoadStore implements StoreLoadPort {
    private static final int RAW_LIMIT = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObservationBulkWriter writer = new ObservationBulkWriter();

    JdbcLoadStore(DataSource dataSource, TransactionTemplate transaction) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = transaction;
    }

    @Override
    public LoadCounts store(long runId, SourceBatch batch, Instant finishedAt) {
        return transaction.execute(status -> jdbc.execute((ConnectionCallback<LoadCounts>) con -> {
            ObservationBulkWriter.Result result = writer.write(con, runId, finishedAt, rowsOf(batch));
            insertRejected(con, runId, batch);
            LoadCounts counts = new LoadCounts(
                    Math.toIntExact(result.inserted()),
                    Math.toIntExact(result.updated()),
                    Math.toIntExact(result.unchanged()),
                    batch.rejected().size(),
                    batch.missingValues());
            markSucceeded(con, runId, counts, finishedAt);
            return counts;
        }));
    }

    /** The source promises unique (series, day) pairs; the last one wins should it not keep that promise. */
    private static ObservationRows rowsOf(SourceBatch batch) {
        Map<String, Observation> unique = new LinkedHashMap<>();
        for (Observation o : batch.observations()) {
            unique.put(o.series().id() + '|' + o.ds(), o);
        }
        return sink -> unique.values().forEach(o -> sink.accept(o.series().id(), o.ds().toEpochDay(), o.value()));
    }

    private static void insertRejected(Connection con, long runId, SourceBatch batch) throws SQLException {
        if (batch.rejected().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = con.prepareStatement("""
                insert into rejected_row (load_run_id, position, ds, series_id, raw, reason)
                values (?, ?, ?, ?, ?, ?)""")) {
            for (RejectedRow row : batch.rejected()) {
                ps.setLong(1, runId);
                ps.setString(2, row.position());
                ps.setObject(3, row.ds());
                ps.setString(4, row.series() == null ? null : row.series().id());
                ps.setString(5, truncate(row.raw()));
                ps.setString(6, row.reason() == null ? "rejected" : row.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void markSucceeded(Connection con, long runId, LoadCounts counts, Instant finishedAt)
            throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("""
                update load_run
                set status = ?, finished_at = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?,
                    missing_values = ?, error = null
                where id = ? and status = 'RUNNING'""")) {
            ps.setString(1, LoadStatus.SUCCEEDED.name());
            ps.setObject(2, OffsetDateTime.ofInstant(finishedAt, ZoneOffset.UTC));
            ps.setInt(3, counts.inserted());
            ps.setInt(4, counts.updated());
            ps.setInt(5, counts.unchanged());
            ps.setInt(6, counts.rejected());
            ps.setInt(7, counts.missingValues());
            ps.setLong(8, runId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("load run " + runId + " is not RUNNING");
            }
        }
    }

    private static String truncate(String raw) {
        if (raw == null || raw.length() <= RAW_LIMIT) {
            return raw;
        }
        return raw.substring(0, RAW_LIMIT) + "...";
    }
}
