package org.fantastictrain.platform.registry.adapter.out.persistence;

import org.fantastictrain.platform.registry.application.port.out.KnownSeriesPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Series ids from the {@code series} table. */
@Component
class JdbcKnownSeriesAdapter implements KnownSeriesPort {
    private final JdbcTemplate jdbc;

    JdbcKnownSeriesAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String series) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from series where id = ?)", Boolean.class, series));
    }
}
