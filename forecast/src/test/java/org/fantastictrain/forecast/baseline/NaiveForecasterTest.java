package org.fantastictrain.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.TimeSeries;
import org.junit.jupiter.api.Test;

class NaiveForecasterTest {

    @Test
    void forecasts_the_last_value() {
        FittedModel model = new NaiveForecaster().fit(Series.daily(1, 3, 2, 5, 4));

        Forecast forecast = model.predict(Series.days(model.trainingEnd().plusDays(1), 10), 0.8);

        assertThat(forecast.yhat()).containsOnly(4.0);
        assertThat(model.algorithm()).isEqualTo("naive");
        assertThat(model.trainingStart()).isEqualTo(Series.START);
        assertThat(model.trainingEnd()).isEqualTo(Series.START.plusDays(4));
    }

    @Test
    void skips_missing_values_at_the_end_of_the_history() {
        FittedModel model = new NaiveForecaster().fit(Series.daily(1, 2, 7, Double.NaN, Double.NaN));

        Forecast forecast = model.predict(List.of(model.trainingEnd().plusDays(1)), 0.8);

        assertThat(forecast.yhat()[0]).isEqualTo(7.0);
    }

    @Test
    void interval_widens_with_the_square_root_of_the_horizon() {
        // differences are +1, -1, +1, -1: sigma = 1
        FittedModel model = new NaiveForecaster().fit(Series.daily(0, 1, 0, 1, 0));
        LocalDate end = model.trainingEnd();

        Forecast forecast = model.predict(List.of(end.plusDays(1), end.plusDays(4)), 0.95);

        double z = 1.959963984540054;
        assertThat(forecast.yhatUpper()[0] - forecast.yhat()[0]).isCloseTo(z, within(1e-12));
        assertThat(forecast.yhatUpper()[1] - forecast.yhat()[1]).isCloseTo(2 * z, within(1e-12));
        assertThat(forecast.yhat()[1] - forecast.yhatLower()[1]).isCloseTo(2 * z, within(1e-12));
    }

    @Test
    void in_sample_days_get_the_previous_observed_value() {
        FittedModel model = new NaiveForecaster().fit(Series.daily(10, 20, Double.NaN, 40, 50));

        Forecast forecast = model.predict(Series.days(Series.START, 5), 0.8);

        assertThat(forecast.yhat()[0]).isNaN();
        assertThat(forecast.yhatLower()[0]).isNaN();
        assertThat(forecast.yhat()).containsSubsequence(10.0, 20.0, 20.0, 40.0);
    }

    @Test
    void gaps_do_not_inflate_the_residual_spread() {
        // a line with slope 1 observed every other day: each gap is 2 days and jumps 2
        TimeSeries gappy = Series.daily(0, Double.NaN, 2, Double.NaN, 4, Double.NaN, 6);
        TimeSeries dense = Series.daily(0, 1, 2, 3, 4, 5, 6);
        LaggedNaiveModel fromGappy = (LaggedNaiveModel) new NaiveForecaster().fit(gappy);
        LaggedNaiveModel fromDense = (LaggedNaiveModel) new NaiveForecaster().fit(dense);

        assertThat(fromGappy.sigma()).isCloseTo(Math.sqrt(2.0), within(1e-12));
        assertThat(fromDense.sigma()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void constant_history_gives_zero_width_intervals() {
        FittedModel model = new NaiveForecaster().fit(Series.daily(3, 3, 3));

        Forecast forecast = model.predict(List.of(model.trainingEnd().plusDays(30)), 0.8);

        assertThat(forecast.yhatLower()[0]).isEqualTo(3.0);
        assertThat(forecast.yhatUpper()[0]).isEqualTo(3.0);
    }

    @Test
    void rejects_histories_it_cannot_learn_from() {
        NaiveForecaster naive = new NaiveForecaster();

        assertThrows(IllegalArgumentException.class, () -> naive.fit(Series.daily()));
        assertThrows(IllegalArgumentException.class, () -> naive.fit(Series.daily(Double.NaN, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> naive.fit(Series.daily(1.0)));
        assertThrows(IllegalArgumentException.class, () -> naive.fit(null));
    }

    @Test
    void rejects_interval_widths_outside_zero_one() {
        FittedModel model = new NaiveForecaster().fit(Series.daily(1, 2, 3));
        List<LocalDate> days = List.of(model.trainingEnd().plusDays(1));

        assertThrows(IllegalArgumentException.class, () -> model.predict(days, 0.0));
        assertThrows(IllegalArgumentException.class, () -> model.predict(days, 1.0));
        assertThrows(IllegalArgumentException.class, () -> model.predict(days, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> model.predict(days, -0.5));
    }
}
