package org.fantastictrain.platform.ingest.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk write path of every load: COPY the rows into a temporary staging table, then apply them
 * set-based. Revised values go to {@code observation_history} (old and new value) and are
 * updated; new (series, day) pairs are inserted ({@code INSERT ... ON CONFLICT DO NOTHING}, which
 * needs no anti-join the planner could misjudge after a TRUNCATE); equal values are left alone. Runs inside the
 * caller's transaction and takes a transaction-scoped advisory lock, so concurrent loads queue
 * instead of racing on the same keys.
 */
public final class ObservationBulkWriter {
    private static final Logger log = LoggerFactory.getLogger(ObservationBulkWriter.class);
    /** Serialises writers of {@code observation}; released at commit or rollback. */
    private static final long WRITE_LOCK_KEY = 0x46545F4F4253L; // "FT_OBS"

    private static final String RECORD_REVISIONS = """
            with changed as (
                select s.series_id, s.ds, o.value as old_value, s.value as new_value
                from stage_observation s
                join observation o on o.series_id = s.series_id and o.ds = s.ds
                where o.value <> s.value
            ), revised as (
                update observation o
                set value = c.new_value, load_run_id = ?, updated_at = ?
                from changed c
                where o.series_id = c.series_id and o.ds = c.ds
                returning 1
            )
            insert into observation_history (series_id, ds, old_value, new_value, load_run_id, changed_at)
            select series_id, ds, old_value, new_value, ?, ? from changed
            """;

    /** Keys already present were handled above; the conflict clause only guards against races. */
    private static final String INSERT_NEW = """
            insert into observation (series_id, ds, value, load_run_id, updated_at)
            select s.series_id, s.ds, s.value, ?, ? from stage_observation s
            on conflict (series_id, ds) do nothing
            """;

    /** Above this many new rows the table statistics are refreshed, so the next load plans its joins well. */
    private static final long ANALYZE_THRESHOLD = 100_000;

    /** What one write did. */
    public record Result(long staged, long inserted, long updated) {
        public long unchanged() {
            return staged - inserted - updated;
        }
    }

    /** Writes the rows on this connection, which must be in a transaction (auto-commit off). */
    public Result write(Connection connection, long runId, Instant at, ObservationRows rows) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("the bulk write must run inside a transaction");
        }
        OffsetDateTime timestamp = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        long t0 = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            st.execute("select pg_advisory_xact_lock(" + WRITE_LOCK_KEY + ")");
            st.execute("""
                    create temporary table stage_observation (
                        series_id text not null, ds date not null, value double precision not null
                    ) on commit drop""");
        }
        long staged = copyIntoStage(connection, rows);
        long t1 = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            st.execute("analyze stage_observation");
        }
        long t2 = System.nanoTime();
        long updated;
        try (PreparedStatement ps = connection.prepareStatement(RECORD_REVISIONS)) {
            ps.setLong(1, runId);
            ps.setObject(2, timestamp);
            ps.setLong(3, runId);
            ps.setObject(4, timestamp);
            updated = ps.executeLargeUpdate();
        }
        long t3 = System.nanoTime();
        long inserted;
        try (PreparedStatement ps = connection.prepareStatement(INSERT_NEW)) {
            ps.setLong(1, runId);
            ps.setObject(2, timestamp);
            inserted = ps.executeLargeUpdate();
        }
        try (Statement st = connection.createStatement()) {
            st.execute("drop table stage_observation");
        }
        if (inserted > ANALYZE_THRESHOLD) {
            try (Statement st = connection.createStatement()) {
                st.execute("analyze observation");
            }
        }
        long t4 = System.nanoTime();
        log.debug(
                "bulk write of {} rows: stage {} ms, analyze {} ms, revisions {} ms, inserts {} ms",
                staged,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000);
        return new Result(staged, inserted, updated);
    }

    private static long copyIntoStage(Connection connection, ObservationRows rows) throws SQLException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy stage_observation (series_id, ds, value) from stdin");
        try {
            CopyRowEncoder encoder = new CopyRowEncoder(copy, "");
            rows.writeTo(encoder);
            encoder.flush();
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
