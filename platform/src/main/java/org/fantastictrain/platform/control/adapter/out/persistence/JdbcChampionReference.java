package org.fantastictrain.platform.control.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.out.ChampionReferencePort;
import org.fantastictrain.platform.control.domain.ChampionReference;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the champion's version, training end and backtest RMSE from the registry tables
 * ({@code metrics.overall.rmse}, {@code metrics.by_horizon."1-7".rmse}).
 */
public class JdbcChampionReference implements ChampionReferencePort {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public JdbcChampionReference(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ChampionReference> champion(String series) {
        List<ChampionReference> found = jdbc.query(
                """
                SELECT v.version, v.training_end, v.metrics::text
                FROM model_alias a JOIN model_version v ON v.series_id = a.series_id AND v.version = a.version
                WHERE a.series_id = ? AND a.alias = 'champion'
                """,
                (rs, i) -> {
                    JsonNode metrics = json.readTree(rs.getString(3));
                    return new ChampionReference(
                            rs.getInt(1),
                            rs.getObject(2, LocalDate.class),
                            number(metrics.path("overall").path("rmse")),
                            number(metrics.path("by_horizon").path("1-7").path("rmse")));
                },
                series);
        return found.stream().findFirst();
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : null;
    }
}
