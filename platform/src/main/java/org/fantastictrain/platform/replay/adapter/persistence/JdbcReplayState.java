package org.fantastictrain.platform.replay.adapter.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.replay.application.port.out.ReplayStatePort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads what the database holds; the reset empties the platform's tables in one transaction. */
public class JdbcReplayState implements ReplayStatePort {

    /** Every table of platform data, children first; the series list and Quartz's tables stay. */
    static final List<String> RESET_TABLES = List.of(
            "alarm_delivery",
            "alarm",
            "control_check",
            "control_run",
            "forecast_evaluation",
            "served_forecast_point",
            "served_forecast",
            "forecast_vintage",
            "model_alias_history",
            "model_alias",
            "model_version",
            "training_run",
            "observation_history",
            "rejected_row",
            "observation",
            "load_run",
            "job_run",
            "replay_run");

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcReplayState(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public Optional<LocalDate> lastLoadedDay() {
        Date d = jdbc.sql("SELECT max(ds) FROM observation")
                .query(Date.class)
                .optional()
                .orElse(null);
        return Optional.ofNullable(d).map(Date::toLocalDate);
    }

    @Override
    public boolean hasChampion(String series) {
        return jdbc.sql("SELECT count(*) FROM model_alias WHERE series_id = ? AND alias = 'champion'")
                        .params(series)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Map<String, Long> resettableRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : RESET_TABLES) {
            rows.put(
                    table,
                    jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return rows;
    }

    @Override
    public Map<String, Long> reset() {
        return tx.execute(status -> {
            Map<String, Long> rows = resettableRows();
            jdbc.sql("TRUNCATE " + String.join(", ", RESET_TABLES) + " RESTART IDENTITY")
                    .update();
            return rows;
        });
    }
}
