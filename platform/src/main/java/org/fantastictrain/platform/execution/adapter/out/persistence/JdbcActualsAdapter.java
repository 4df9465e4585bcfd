package org.fantastictrain.platform.execution.adapter.out.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.fantastictrain.platform.execution.application.port.out.ActualsPort;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads actuals from the {@code observation} table. */
@Component
class JdbcActualsAdapter implements ActualsPort {

    private final JdbcTemplate jdbc;

    JdbcActualsAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LocalDate, Double> actuals(SeriesId series, LocalDate from, LocalDate to) {
        Map<LocalDate, Double> values = new HashMap<>();
        jdbc.query(
                "SELECT ds, value FROM observation WHERE series_id = ? AND ds BETWEEN ? AND ?",
                rs -> {
                    values.put(rs.getObject(1, LocalDate.class), rs.getDouble(2));
                },
                series.id(), Date.valueOf(from), Date.valueOf(to));
        return values;
    }
}
