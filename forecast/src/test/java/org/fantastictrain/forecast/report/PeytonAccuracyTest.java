package org.fantastictrain.forecast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.auto.AutoForecaster;
import org.fantastictrain.forecast.baseline.SeasonalNaiveForecaster;
import org.fantastictrain.forecast.eval.BacktestRow;
import org.fantastictrain.forecast.eval.CrossValidation;
import org.fantastictrain.forecast.eval.MetricsRow;
import org.fantastictrain.forecast.eval.PerformanceMetrics;
import org.fantastictrain.forecast.prophet.ProphetForecaster;
import org.junit.jupiter.api.Test;

/**
 * Regression guards for the accuracy bars on Prophet's own example, computed here (the recorded
 * figures are in docs/accuracy.md).
 */
class PeytonAccuracyTest {
    private static final TimeSeries PEYTON = PeytonManning.series();

    private static MetricsRow protocolAt37(Forecaster f) {
        List<BacktestRow> rows = CrossValidation.crossValidation(
                f, PEYTON, PeytonManning.INITIAL, PeytonManning.PERIOD, PeytonManning.HORIZON);
        return PerformanceMetrics.atHorizon(PerformanceMetrics.compute(rows, 0.1), 37);
    }

    @Test
    void default_automatic_model_beats_prophets_published_accuracy_with_honest_intervals() {
        MetricsRow auto = protocolAt37(new AutoForecaster());
        assertThat(auto.rmse()).isLessThanOrEqualTo(0.63);
        assertThat(auto.mape()).isLessThanOrEqualTo(0.053);
        assertThat(auto.coverage()).isBetween(0.75, 0.85);

        MetricsRow snaive = protocolAt37(new SeasonalNaiveForecaster());
        assertThat(auto.rmse()).isLessThan(snaive.rmse());
    }

    @Test
    void default_automatic_model_beats_prophets_best_tuned_grid_point_on_30_days() {
        List<BacktestRow> rows = CrossValidation.crossValidation(
                new AutoForecaster(), PEYTON, PeytonManning.TUNING_CUTOFFS, PeytonManning.TUNING_HORIZON);
        assertThat(PerformanceMetrics.compute(rows, 1.0).get(0).rmse()).isLessThanOrEqualTo(0.49);
    }

    @Test
    void prophet_defaults_reproduce_prophets_published_row() {
        // Prophet 1.x, defaults: rmse 0.702, mape 5.84 %, coverage 0.677 at 37 days
        MetricsRow m = protocolAt37(new ProphetForecaster());
        assertThat(m.rmse()).isBetween(0.68, 0.72);
        assertThat(m.mape()).isBetween(0.056, 0.061);
        assertThat(m.coverage()).isBetween(0.64, 0.72);
    }
}
