package org.fantastictrain.platform.training.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.fantastictrain.platform.training.application.port.out.SeriesLockPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One PostgreSQL advisory lock per series (pg_try_advisory_lock), held on a dedicated connection for the
 * whole run, so two platform instances never train the same series at once. A second request
 * is refused rather than queued: a queued retraining would only repeat the first one's work.
 */
@Component
class PostgresSeriesLockAdapter implements SeriesLockPort {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSeriesLockAdapter.class);
    private static final String LOCK = "select pg_try_advisory_lock(hashtext('ft.training'), hashtext(?))";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtext('ft.training'), hashtext(?))";

    private final DataSource dataSource;

    PostgresSeriesLockAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Held> tryLock(String series) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(true);
            if (!query(c, LOCK, series)) {
                c.close();
                return Optional.empty();
            }
            Connection held = c;
            return Optional.of(() -> release(held, series));
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("cannot take the training lock of " + series + ": " + e.getMessage(), e);
        }
    }

    private static void release(Connection c, String series) {
        try {
            query(c, UNLOCK, series);
            c.close();
        } catch (SQLException e) {
            // The connection may still hold the lock: drop it rather than return it to the pool.
            LOG.warn("releasing the training lock of {} failed; dropping the connection", series, e);
            try {
                c.abort(Runnable::run);
            } catch (SQLException ignored) {
                closeQuietly(c);
            }
        }
    }

    private static boolean query(Connection c, String sql, String series) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, series);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }
}
