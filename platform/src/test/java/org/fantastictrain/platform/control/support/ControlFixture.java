package org.fantastictrain.platform.control.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test data of the control tests: a champion in the registry, daily vintages, actuals. */
public final class ControlFixture {
    public static final LocalDate TRAINING_END = LocalDate.of(2024, 3, 31);
    public static final double LEVEL = 100;
    public static final double BACKTEST_RMSE = 5.0;
    public static final double BACKTEST_RMSE_FIRST_WEEK = 4.0;

    private final JdbcTemplate jdbc;

    public ControlFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clear() {
        jdbc.execute(
                "TRUNCATE forecast_evaluation, control_check, control_run, alarm_delivery, alarm, forecast_vintage,"
                        + " served_forecast_point, served_forecast, observation_history, rejected_row, observation, load_run,"
                        + " model_alias_history, model_alias, model_version, training_run RESTART IDENTITY CASCADE");
    }

    /** Version 1 as champion, trained up to {@link #TRAINING_END}, with its backtest RMSE. */
    public void champion(String series) {
        jdbc.update(
                """
                INSERT INTO model_version (series_id, version, status, algorithm, configuration, metrics, training_start,
                    training_end, training_rows, data_fingerprint, code_version, artifact, created_at, promoted_at)
                VALUES (?, 1, 'CHAMPION', 'test', '{}'::jsonb, ?::jsonb, DATE '2018-01-01', ?, 2282, 'x', 'test', '{}'::jsonb,
                    now(), now())
                """,
                series,
                "{\"gate_metric\":\"rmse\",\"overall\":{\"rmse\":" + BACKTEST_RMSE
                        + "},\"by_horizon\":{\"1-7\":{\"rmse\":" + BACKTEST_RMSE_FIRST_WEEK + "}}}",
                TRAINING_END);
        jdbc.update(
                "INSERT INTO model_alias (series_id, alias, version, updated_at) VALUES (?, 'champion', 1, now())",
                series);
    }

    /** The daily job's forecasts issued on each day of {@code from..to}: 30 days at LEVEL ± 10, 80 %. */
    public void vintages(String series, LocalDate from, LocalDate to) {
        jdbc.update("""
                INSERT INTO forecast_vintage (series_id, model_version, issued_on, ds, yhat, yhat_lower, yhat_upper, interval_width)
                SELECT ?, 1, d::date, d::date + h, ?, ? - 10, ? + 10, 0.8
                FROM generate_series(?::date, ?::date, interval '1 day') d, generate_series(1, 30) h
                ON CONFLICT DO NOTHING
                """, series, LEVEL, LEVEL, LEVEL, from, to);
    }

    /** Actuals that follow the forecast: LEVEL plus Gaussian noise of standard deviation 3. */
    public void normalActuals(String series, LocalDate from, LocalDate to, long seed) {
        Random random = new Random(seed);
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            rows.add(new Object[] {series, d, LEVEL + 3 * random.nextGaussian()});
        }
        upsert(rows);
    }

    /** An outage: the same value every day. */
    public void constantActuals(String series, LocalDate from, LocalDate to, double value) {
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            rows.add(new Object[] {series, d, value});
        }
        upsert(rows);
    }

    private void upsert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO observation (series_id, ds, value, updated_at) VALUES (?, ?, ?, now())
                ON CONFLICT (series_id, ds) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
                """, rows);
    }
}
