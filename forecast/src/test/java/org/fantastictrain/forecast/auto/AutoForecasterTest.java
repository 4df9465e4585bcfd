package org.fantastictrain.forecast.auto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Synthetic;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.baseline.SeasonalNaiveForecaster;
import org.fantastictrain.forecast.eval.BacktestRow;
import org.fantastictrain.forecast.eval.CrossValidation;
import org.fantastictrain.forecast.eval.PerformanceMetrics;
import org.fantastictrain.forecast.io.ModelJson;
import org.junit.jupiter.api.Test;

class AutoForecasterTest {

    private static TimeSeries seasonalWithTrendAndNoise() {
        return Synthetic.series(1000, i -> 50 + 0.02 * i + Synthetic.yearly(i, 8) + Synthetic.weekly(i, 3), 1.5, 31);
    }

    private static double rmse(List<BacktestRow> rows) {
        return PerformanceMetrics.compute(rows, 1.0).get(0).rmse();
    }

    @Test
    void beats_seasonal_naive_on_a_trending_seasonal_series() {
        TimeSeries s = seasonalWithTrendAndNoise();
        List<LocalDate> cutoffs = List.of(Synthetic.START.plusDays(800), Synthetic.START.plusDays(880));
        double auto = rmse(CrossValidation.crossValidation(new AutoForecaster(), s, cutoffs, 60));
        double snaive = rmse(CrossValidation.crossValidation(new SeasonalNaiveForecaster(), s, cutoffs, 60));
        assertThat(auto).isLessThan(0.8 * snaive);
    }

    @Test
    void calibrated_intervals_cover_close_to_nominal() {
        TimeSeries s = seasonalWithTrendAndNoise();
        List<LocalDate> cutoffs =
                List.of(Synthetic.START.plusDays(760), Synthetic.START.plusDays(820), Synthetic.START.plusDays(880));
        double coverage = PerformanceMetrics.compute(
                        CrossValidation.crossValidation(new AutoForecaster(), s, cutoffs, 60), 1.0)
                .get(0)
                .coverage();
        assertThat(coverage).isBetween(0.7, 0.92);
    }

    @Test
    void picks_seasonal_naive_style_models_for_a_pure_weekly_pattern_without_breaking() {
        TimeSeries s = Synthetic.series(120, i -> 10 + Synthetic.weekly(i, 4), 0.05, 32);
        AutoModel m = new AutoForecaster().fit(s);
        Forecast f = m.predict(Synthetic.days(120, 134), 0.8);
        for (int i = 0; i < 14; i++) {
            assertThat(f.yhat()[i])
                    .isCloseTo(10 + Synthetic.weekly(120 + i, 4), org.assertj.core.api.Assertions.within(0.3));
        }
    }

    @Test
    void round_trip_through_json_forecasts_bit_identically() {
        AutoModel m = new AutoForecaster().fit(seasonalWithTrendAndNoise());
        ModelJson json = ModelJson.standard();
        FittedModel back = json.read(json.write(m));
        List<LocalDate> days = Synthetic.days(990, 1366);
        Forecast a = m.predict(days, 0.8);
        Forecast b = back.predict(days, 0.8);
        assertThat(back.algorithm()).isEqualTo("auto");
        assertThat(b.yhat()).isEqualTo(a.yhat());
        assertThat(b.yhatLower()).isEqualTo(a.yhatLower());
        assertThat(b.yhatUpper()).isEqualTo(a.yhatUpper());
        assertThat(((AutoModel) back).choice()).isEqualTo(m.choice());
    }

    @Test
    void refuses_histories_it_cannot_learn_from() {
        AutoForecaster auto = new AutoForecaster();
        assertThat(assertThrows(IllegalArgumentException.class, () -> auto.fit(Synthetic.series(10, i -> i, 0, 0)))
                        .getMessage())
                .contains("too little history");
        assertThat(assertThrows(IllegalArgumentException.class, () -> auto.fit(Synthetic.series(100, i -> 3, 0, 0)))
                        .getMessage())
                .contains("constant");
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> auto.fit(Synthetic.series(100, i -> Double.NaN, 0, 0)))
                        .getMessage())
                .contains("no observed");
    }
}
