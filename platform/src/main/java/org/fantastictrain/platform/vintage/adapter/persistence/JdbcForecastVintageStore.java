package org.fantastictrain.platform.vintage.adapter.persistence;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.vintage.application.port.out.ForecastVintageStore;
import org.fantastictrain.platform.vintage.domain.ForecastVintage;
import org.fantastictrain.platform.vintage.domain.VintagePoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code forecast_vintage} table: one row per series, model version, issue day and target day. */
@Repository
class JdbcForecastVintageStore implements ForecastVintageStore {

    private static final String UPSERT = """
            INSERT INTO forecast_vintage
                (series_id, model_version, issued_on, ds, yhat, yhat_lower, yhat_upper, interval_width)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (series_id, model_version, issued_on, ds) DO UPDATE SET
                yhat = EXCLUDED.yhat,
                yhat_lower = EXCLUDED.yhat_lower,
                yhat_upper = EXCLUDED.yhat_upper,
                interval_width = EXCLUDED.interval_width
            """;

    private final JdbcTemplate jdbc;

    JdbcForecastVintageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(ForecastVintage vintage) {
        // A re-issue with a shorter horizon must not leave the old tail behind.
        jdbc.update(
                "DELETE FROM forecast_vintage WHERE series_id = ? AND model_version = ? AND issued_on = ? AND ds > ?",
                vintage.series().id(),
                vintage.modelVersion(),
                vintage.issuedOn(),
                vintage.lastDay());
        jdbc.batchUpdate(UPSERT, vintage.points(), vintage.points().size(), (PreparedStatement ps, VintagePoint p) -> {
            ps.setString(1, vintage.series().id());
            ps.setInt(2, vintage.modelVersion());
            ps.setObject(3, vintage.issuedOn());
            ps.setObject(4, p.ds());
            ps.setDouble(5, p.yhat());
            ps.setDouble(6, p.yhatLower());
            ps.setDouble(7, p.yhatUpper());
            ps.setDouble(8, vintage.intervalWidth());
        });
    }

    @Override
    public List<ForecastVintage> issuedOn(SeriesId series, LocalDate issuedOn) {
        record Row(int version, double width, VintagePoint point) {}
        List<Row> rows = jdbc.query(
                "SELECT model_version, interval_width, ds, yhat, yhat_lower, yhat_upper FROM forecast_vintage"
                        + " WHERE series_id = ? AND issued_on = ? ORDER BY model_version, ds",
                (rs, i) -> new Row(
                        rs.getInt("model_version"),
                        rs.getDouble("interval_width"),
                        new VintagePoint(
                                rs.getObject("ds", LocalDate.class),
                                rs.getDouble("yhat"),
                                rs.getDouble("yhat_lower"),
                                rs.getDouble("yhat_upper"))),
                series.id(),
                issuedOn);
        Map<Integer, List<Row>> byVersion = new LinkedHashMap<>();
        for (Row row : rows) {
            byVersion.computeIfAbsent(row.version(), v -> new ArrayList<>()).add(row);
        }
        List<ForecastVintage> vintages = new ArrayList<>();
        byVersion.forEach((version, versionRows) -> vintages.add(new ForecastVintage(
                series,
                version,
                issuedOn,
                versionRows.get(0).width(),
                versionRows.stream().map(Row::point).toList())));
        return vintages;
    }
}
