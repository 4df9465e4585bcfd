package org.fantastictrain.platform.control.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.out.ActualsPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads {@code observation}. */
public class JdbcActuals implements ActualsPort {

    private final JdbcTemplate jdbc;

    public JdbcActuals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public double[] values(String series, LocalDate from, LocalDate to) {
        return jdbc
                .queryForList(
                        "SELECT value FROM observation WHERE series_id = ? AND ds BETWEEN ? AND ? ORDER BY ds",
                        Double.class,
                        series,
                        from,
                        to)
                .stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    @Override
    public Optional<LocalDate> lastDay(String series, LocalDate asOf) {
        return Optional.ofNullable(jdbc.queryForObject(
                "SELECT max(ds) FROM observation WHERE series_id = ? AND ds <= ?", LocalDate.class, series, asOf));
    }

    @Override
    public List<LocalDate> missingDays(String series, LocalDate from, LocalDate to) {
        return jdbc.queryForList("""
                SELECT d::date FROM generate_series(
                    GREATEST(?::date, (SELECT min(ds) FROM observation WHERE series_id = ?)), ?::date, interval '1 day') d
                WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE o.series_id = ? AND o.ds = d::date)
                ORDER BY 1
                """, LocalDate.class, from, series, to, series);
    }
}
