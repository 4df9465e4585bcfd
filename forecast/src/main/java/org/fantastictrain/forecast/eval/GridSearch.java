package org.fantastictrain.forecast.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;

/**
 * Hyper-parameter grid search over cross-validation (Prophet's documented tuning recipe): every
 * configuration is backtested on the same cutoffs, scored by a metric of
 * {@link PerformanceMetrics} (by default RMSE over the whole horizon, {@code rolling_window = 1}),
 * and the table comes back sorted as given, with the best configuration.
 */
public final class GridSearch {
    private GridSearch() {}

    /** One evaluated configuration. */
    public record Trial<C>(C config, double score, List<MetricsRow> metrics) {}

    /** The table of trials in grid order, and the one with the lowest score (first on ties). */
    public record Result<C>(List<Trial<C>> table, Trial<C> best) {}

    /** Grid search scored by RMSE over the whole horizon. */
    public static <C> Result<C> search(
            List<C> grid,
            Function<C, Forecaster> forecaster,
            TimeSeries series,
            List<LocalDate> cutoffs,
            int horizonDays) {
        return search(grid, forecaster, series, cutoffs, horizonDays, 1.0, MetricsRow::rmse);
    }

    /**
     * Grid search with a chosen rolling window and score (lower is better); the score is taken on
     * the last metrics row (the longest horizon).
     *
     * @throws IllegalArgumentException on an empty grid or invalid cutoffs
     */
    public static <C> Result<C> search(
            List<C> grid,
            Function<C, Forecaster> forecaster,
            TimeSeries series,
            List<LocalDate> cutoffs,
            int horizonDays,
            double rollingWindow,
            ToDoubleFunction<MetricsRow> score) {
        Objects.requireNonNull(forecaster, "forecaster");
        if (grid == null || grid.isEmpty()) {
            throw new IllegalArgumentException("the grid is empty");
        }
        CrossValidation.validateCutoffs(series, cutoffs, horizonDays);
        List<Trial<C>> table = new ArrayList<>();
        for (C config : grid) {
            List<BacktestRow> rows =
                    CrossValidation.crossValidation(forecaster.apply(config), series, cutoffs, horizonDays);
            List<MetricsRow> metrics = PerformanceMetrics.compute(rows, rollingWindow);
            table.add(new Trial<>(config, score.applyAsDouble(metrics.get(metrics.size() - 1)), metrics));
        }
        Trial<C> best =
                table.stream().min(Comparator.comparingDouble(Trial::score)).orElseThrow();
        return new Result<>(List.copyOf(table), best);
    }
}
