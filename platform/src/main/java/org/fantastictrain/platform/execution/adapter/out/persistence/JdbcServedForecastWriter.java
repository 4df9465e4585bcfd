package org.fantastictrain.platform.execution.adapter.out.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of served forecasts and their points in one transaction with {@code COPY}: at
 * serving rates (a thousand forecasts of 30 days a second) row-by-row inserts would fall behind.
 */
@Component
class JdbcServedForecastWriter {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    JdbcServedForecastWriter(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    void write(List<LoggedForecast> batch) {
        transaction.executeWithoutResult(status -> {
            List<Long> ids = jdbc.queryForList(
                    "SELECT nextval('served_forecast_id_seq') FROM generate_series(1, ?)", Long.class, batch.size());
            StringBuilder headers = new StringBuilder(batch.size() * 160);
            StringBuilder points = new StringBuilder(batch.size() * 32 * 80);
            for (int i = 0; i < batch.size(); i++) {
                LoggedForecast f = batch.get(i);
                long id = ids.get(i);
                headers.append(id)
                        .append(',')
                        .append(quoted(f.requestId()))
                        .append(',')
                        .append(f.series())
                        .append(',')
                        .append(f.modelVersion())
                        .append(',')
                        .append(LocalDate.ofEpochDay(f.fromEpochDay()))
                        .append(',')
                        .append(LocalDate.ofEpochDay(f.toEpochDay()))
                        .append(',')
                        .append(f.intervalWidth())
                        .append(',')
                        .append(f.points())
                        .append(',')
                        .append(f.channel())
                        .append(',')
                        .append(f.servedAt())
                        .append('\n');
                for (int p = 0; p < f.points(); p++) {
                    points.append(id)
                            .append(',')
                            .append(LocalDate.ofEpochDay(f.epochDays()[p]))
                            .append(',')
                            .append(f.yhat()[p])
                            .append(',')
                            .append(f.yhatLower()[p])
                            .append(',')
                            .append(f.yhatUpper()[p])
                            .append('\n');
                }
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn(
                        "COPY served_forecast (id, request_id, series_id, model_version, range_from, range_to,"
                                + " interval_width, points, channel, served_at) FROM STDIN (FORMAT csv)",
                        new StringReader(headers.toString()));
                copy.copyIn(
                        "COPY served_forecast_point (served_id, ds, yhat, yhat_lower, yhat_upper)"
                                + " FROM STDIN (FORMAT csv)",
                        new StringReader(points.toString()));
            } catch (SQLException e) {
                throw new IllegalStateException("COPY of served forecasts failed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
