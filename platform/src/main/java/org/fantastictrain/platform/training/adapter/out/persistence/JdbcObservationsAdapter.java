package org.fantastictrain.platform.training.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.platform.training.application.port.out.LoadObservationsPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads training data from the {@code observation} table. */
@Component
class JdbcObservationsAdapter implements LoadObservationsPort {
    private final JdbcTemplate jdbc;

    JdbcObservationsAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean seriesExists(String series) {
        Boolean exists =
                jdbc.queryForObject("select exists (select 1 from series where id = ?)", Boolean.class, series);
        return Boolean.TRUE.equals(exists);
    }

    @Override
    public TimeSeries load(String series, LocalDate until, int windowDays) {
        List<LocalDate> ds = new ArrayList<>(4096);
        List<Double> y = new ArrayList<>(4096);
        String sql = windowDays > 0
                ? "select ds, value from observation where series_id = ? and ds <= ? and ds > "
                        + "(select max(ds) from observation where series_id = ? and ds <= ?) - ? order by ds"
                : "select ds, value from observation where series_id = ? and ds <= ? order by ds";
        Object[] args =
                windowDays > 0 ? new Object[] {series, until, series, until, windowDays} : new Object[] {series, until};
        jdbc.query(
                sql,
                rs -> {
                    ds.add(rs.getObject(1, LocalDate.class));
                    y.add(rs.getDouble(2));
                },
                args);
        double[] values = new double[y.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = y.get(i);
        }
        return TimeSeries.of(ds.toArray(LocalDate[]::new), values);
    }
}
