package org.fantastictrain.platform.execution.adapter.out.persistence;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fantastictrain.platform.execution.application.port.out.ActualsPort;
import org.fantastictrain.platform.execution.config.ExecutionProperties;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads actuals from the {@code observation} table. Most requests ask for days after the newest
 * observation, so that day is remembered per series (for {@code ft.execution.champion-recheck})
 * and such requests cost no query.
 */
@Component
class JdbcActualsAdapter implements ActualsPort {

    private final JdbcTemplate jdbc;
    private final long recheckNanos;
    private final Map<SeriesId, Newest> newest = new ConcurrentHashMap<>();

    JdbcActualsAdapter(JdbcTemplate jdbc, ExecutionProperties properties) {
        this.jdbc = jdbc;
        this.recheckNanos = properties.championRecheck().compareTo(Duration.ZERO) > 0
                ? properties.championRecheck().toNanos()
                : 0;
    }

    @Override
    public Map<LocalDate, Double> actuals(SeriesId series, LocalDate from, LocalDate to) {
        LocalDate last = newestDay(series);
        if (last == null || from.isAfter(last)) {
            return Map.of();
        }
        Map<LocalDate, Double> values = new HashMap<>();
        jdbc.query(
                "SELECT ds, value FROM observation WHERE series_id = ? AND ds BETWEEN ? AND ?",
                rs -> {
                    values.put(rs.getObject(1, LocalDate.class), rs.getDouble(2));
                },
                series.id(),
                Date.valueOf(from),
                Date.valueOf(to));
        return values;
    }

    private LocalDate newestDay(SeriesId series) {
        long now = System.nanoTime();
        Newest known = newest.get(series);
        if (known != null && now - known.checkedAt < recheckNanos) {
            return known.day;
        }
        LocalDate day = jdbc.queryForObject(
                "SELECT max(ds) FROM observation WHERE series_id = ?", LocalDate.class, series.id());
        newest.put(series, new Newest(day, now));
        return day;
    }

    private record Newest(LocalDate day, long checkedAt) {}
}
