package org.fantastictrain.platform.execution.adapter.out.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fantastictrain.platform.execution.domain.ForecastPoint;
import org.fantastictrain.platform.execution.domain.ServedForecast;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes a batch of served forecasts and their points in one transaction. */
@Component
class JdbcServedForecastWriter {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    JdbcServedForecastWriter(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    void write(List<ServedForecast> batch) {
        transaction.executeWithoutResult(status -> {
            List<Long> ids = jdbc.queryForList(
                    "SELECT nextval('served_forecast_id_seq') FROM generate_series(1, ?)", Long.class, batch.size());
            List<Object[]> headers = new ArrayList<>(batch.size());
            List<Object[]> points = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                ServedForecast f = batch.get(i);
                long id = ids.get(i);
                // A day asked for twice (possible on /invocations) is stored once.
                Set<LocalDate> seen = new HashSet<>();
                for (ForecastPoint p : f.points()) {
                    if (seen.add(p.ds())) {
                        points.add(new Object[] {id, Date.valueOf(p.ds()), p.yhat(), p.yhatLower(), p.yhatUpper()});
                    }
                }
                headers.add(new Object[] {
                    id, f.requestId(), f.series().id(), f.modelVersion(), Date.valueOf(f.from()), Date.valueOf(f.to()),
                    f.intervalWidth(), seen.size(), f.channel().code(), Timestamp.from(f.generatedAt())
                });
            }
            jdbc.batchUpdate(
                    "INSERT INTO served_forecast (id, request_id, series_id, model_version, range_from, range_to,"
                            + " interval_width, points, channel, served_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    headers);
            jdbc.batchUpdate(
                    "INSERT INTO served_forecast_point (served_id, ds, yhat, yhat_lower, yhat_upper)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    points);
        });
    }
}
