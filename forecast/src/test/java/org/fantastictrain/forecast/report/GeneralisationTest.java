package org.fantastictrain.forecast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fantastictrain.forecast.Forecasters;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.eval.CrossValidation;
import org.fantastictrain.forecast.eval.PerformanceMetrics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default model beats the weekly seasonal naive on real daily series other than Peyton Manning. */
class GeneralisationTest {

    private static double rmse(String model, TimeSeries s, List<java.time.LocalDate> cutoffs) {
        return PerformanceMetrics.compute(
                        CrossValidation.crossValidation(Forecasters.byName(model), s, cutoffs, 30), 1.0)
                .get(0)
                .rmse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seattle_temp_max.csv", "new_york_temp_max.csv", "sp500_close.csv"})
    void default_model_beats_seasonal_naive(String file) {
        TimeSeries s = PeytonManning.resource(file);
        // every other Prophet-style cutoff keeps the test quick; the report runs them all
        List<java.time.LocalDate> all = CrossValidation.prophetCutoffs(s, 730, 90, 30);
        List<java.time.LocalDate> cutoffs = new java.util.ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i -= 2) {
            cutoffs.add(0, all.get(i));
        }
        assertThat(rmse("auto", s, cutoffs)).isLessThan(rmse("snaive", s, cutoffs));
    }
}
