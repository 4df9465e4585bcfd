package org.fantastictrain.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.TimeSeries;
import org.junit.jupiter.api.Test;

class EtsForecasterTest {

    @Test
    void recovers_a_known_level_trend_and_weekly_pattern() {
        SyntheticSeries truth = SyntheticSeries.levelTrendWeekly(10.0, 0.01, 0.3, 42);
        double[] y = truth.values(730);
        EtsModel model = new EtsForecaster(EtsConfig.of(EtsForm.AAA)).fit(SyntheticSeries.series(y));

        Forecast forecast = model.predict(SyntheticSeries.days(730, 760), 0.8);

        double squared = 0.0;
        for (int i = 0; i < 30; i++) {
            double error = forecast.yhat()[i] - truth.mean(730 + i);
            squared += error * error;
        }
        assertThat(Math.sqrt(squared / 30)).isLessThan(0.15);
        assertThat(Math.sqrt(model.sigma2())).isCloseTo(0.3, within(0.03));
    }

    @Test
    void reproduces_an_exact_trend_and_weekly_pattern_with_zero_width_intervals() {
        double[] y = new double[70];
        for (int t = 0; t < y.length; t++) {
            y[t] = 3.0 + 0.1 * t + SyntheticSeries.WEEK[t % 7];
        }
        EtsModel model = new EtsForecaster().fit(SyntheticSeries.series(y));

        Forecast forecast = model.predict(SyntheticSeries.days(70, 84), 0.8);

        assertThat(model.form()).isEqualTo(EtsForm.AAA);
        for (int i = 0; i < 14; i++) {
            int t = 70 + i;
            assertThat(forecast.yhat()[i]).isCloseTo(3.0 + 0.1 * t + SyntheticSeries.WEEK[t % 7], within(1e-6));
            assertThat(forecast.yhatUpper()[i] - forecast.yhatLower()[i]).isLessThan(1e-6);
        }
    }

    @Test
    void intervals_of_80_percent_cover_about_80_percent_of_fresh_noise() {
        int inside = 0;
        int total = 0;
        for (long seed = 1; seed <= 5; seed++) {
            SyntheticSeries truth = SyntheticSeries.levelTrendWeekly(5.0, 0.002, 0.4, seed);
            double[] y = truth.values(930);
            EtsModel model = new EtsForecaster().fit(SyntheticSeries.series(y, 0, 730));
            Forecast forecast = model.predict(SyntheticSeries.days(730, 930), 0.8);
            for (int i = 0; i < 200; i++) {
                double actual = y[730 + i];
                if (forecast.yhatLower()[i] <= actual && actual <= forecast.yhatUpper()[i]) {
                    inside++;
                }
                total++;
            }
        }
        assertThat((double) inside / total).isCloseTo(0.8, within(0.05));
    }

    @Test
    void a_damped_trend_flattens_while_a_linear_trend_keeps_rising() {
        SyntheticSeries truth = SyntheticSeries.levelTrendWeekly(0.0, 0.05, 0.5, 7);
        TimeSeries history = SyntheticSeries.series(truth.values(400));
        EtsModel damped = new EtsForecaster(EtsConfig.of(EtsForm.AADN)).fit(history);
        EtsModel linear = new EtsForecaster(EtsConfig.of(EtsForm.AAN)).fit(history);
        List<LocalDate> days = List.of(
                history.end().plusDays(1),
                history.end().plusDays(2),
                history.end().plusDays(300),
                history.end().plusDays(301));

        double[] d = damped.predict(days, 0.8).yhat();
        double[] l = linear.predict(days, 0.8).yhat();

        assertThat(damped.phi()).isLessThan(1.0);
        assertThat(d[1] - d[0]).isGreaterThan(0.0);
        assertThat(d[3] - d[2]).isLessThan(0.01 * (d[1] - d[0]));
        assertThat(l[3] - l[2]).isCloseTo(l[1] - l[0], within(1e-9));
        assertThat(l[2]).isGreaterThan(d[2]);
    }

    @Test
    void automatic_form_finds_a_weekly_season_when_there_is_one() {
        SyntheticSeries truth = SyntheticSeries.levelTrendWeekly(10.0, 0.0, 0.3, 3);

        EtsModel model = new EtsForecaster().fit(SyntheticSeries.series(truth.values(365)));

        assertThat(model.form().isSeasonal()).isTrue();
    }

    @Test
    void automatic_form_picks_no_season_for_a_random_walk() {
        Random random = new Random(11);
        double[] y = new double[500];
        for (int t = 1; t < y.length; t++) {
            y[t] = y[t - 1] + random.nextGaussian();
        }

        EtsModel model = new EtsForecaster().fit(SyntheticSeries.series(y));

        assertThat(model.form().isSeasonal()).isFalse();
        assertThat(model.alpha()).isGreaterThan(0.8);
    }

    @Test
    void missing_days_are_predicted_but_do_not_update_the_states() {
        SyntheticSeries truth = SyntheticSeries.levelTrendWeekly(10.0, 0.01, 0.3, 5);
        double[] y = truth.values(730);
        for (int t = 3; t < y.length; t += 11) {
            y[t] = Double.NaN;
        }
        y[729] = Double.NaN;
        EtsModel model = new EtsForecaster(EtsConfig.of(EtsForm.AAA)).fit(SyntheticSeries.series(y));

        Forecast inSample = model.predict(SyntheticSeries.days(0, 730), 0.8);
        Forecast ahead = model.predict(SyntheticSeries.days(730, 737), 0.8);

        assertThat(inSample.yhat()[3]).isCloseTo(truth.mean(3), within(1.0));
        assertThat(inSample.yhat()[729]).isCloseTo(truth.mean(729), within(0.5));
        for (int i = 0; i < 7; i++) {
            assertThat(ahead.yhat()[i]).isCloseTo(truth.mean(730 + i), within(0.5));
        }
        double afterGap = inSample.yhatUpper()[4] - inSample.yhat()[4];
        double normal = inSample.yhatUpper()[5] - inSample.yhat()[5];
        assertThat(afterGap).isGreaterThan(normal);
    }

    @Test
    void in_sample_one_step_errors_reproduce_the_residual_variance() {
        SyntheticSeries truth = SyntheticSeries.levelTrendWeekly(3.0, -0.002, 0.2, 9);
        double[] y = truth.values(300);
        EtsModel model = new EtsForecaster(EtsConfig.of(EtsForm.AADA)).fit(SyntheticSeries.series(y));

        double[] fitted = model.predict(SyntheticSeries.days(0, 300), 0.8).yhat();

        double sse = 0.0;
        for (int t = 0; t < y.length; t++) {
            sse += (y[t] - fitted[t]) * (y[t] - fitted[t]);
        }
        assertThat(sse / (y.length - model.parameterCount())).isCloseTo(model.sigma2(), within(1e-12));
    }

    @Test
    void fitting_twice_gives_identical_models() {
        double[] y = SyntheticSeries.levelTrendWeekly(10.0, 0.01, 0.3, 13).values(500);
        TimeSeries history = SyntheticSeries.series(y);

        EtsModel first = new EtsForecaster().fit(history);
        EtsModel second = new EtsForecaster().fit(history);

        assertThat(second.form()).isEqualTo(first.form());
        assertThat(second.alpha()).isEqualTo(first.alpha());
        assertThat(second.gamma()).isEqualTo(first.gamma());
        assertThat(second.aicc()).isEqualTo(first.aicc());
    }

    @Test
    void rejects_histories_that_cannot_support_the_form() {
        EtsForecaster seasonal = new EtsForecaster(EtsConfig.of(EtsForm.AAA));
        EtsForecaster auto = new EtsForecaster();
        double[] thirteenDays =
                SyntheticSeries.levelTrendWeekly(1.0, 0.1, 0.1, 1).values(13);

        assertThrows(IllegalArgumentException.class, () -> seasonal.fit(SyntheticSeries.series(thirteenDays)));
        assertThrows(IllegalArgumentException.class, () -> auto.fit(SyntheticSeries.series(new double[0])));
        assertThrows(
                IllegalArgumentException.class,
                () -> auto.fit(SyntheticSeries.series(new double[] {Double.NaN, Double.NaN})));
        assertThrows(
                IllegalArgumentException.class,
                () -> auto.fit(SyntheticSeries.series(new double[] {2, 2, 2, 2, 2, 2, 2, 2})));
        assertThrows(IllegalArgumentException.class, () -> auto.fit(SyntheticSeries.series(new double[] {1, 2, 3})));
        assertThrows(IllegalArgumentException.class, () -> auto.fit(null));
    }

    @Test
    void rejects_bad_configuration_and_interval_widths() {
        assertThrows(IllegalArgumentException.class, () -> new EtsConfig(EtsForm.AAA, 1));
        assertThrows(IllegalArgumentException.class, () -> new EtsConfig(null, 7));
        assertThrows(IllegalArgumentException.class, () -> new EtsForecaster(null));
        EtsModel model = new EtsForecaster(EtsConfig.of(EtsForm.ANN))
                .fit(SyntheticSeries.series(
                        SyntheticSeries.levelTrendWeekly(1, 0, 0.5, 2).values(60)));
        List<LocalDate> days = List.of(model.trainingEnd().plusDays(1));

        assertThrows(IllegalArgumentException.class, () -> model.predict(days, 0.0));
        assertThrows(IllegalArgumentException.class, () -> model.predict(days, 1.0));
        assertThrows(IllegalArgumentException.class, () -> model.predict(days, Double.NaN));
    }
}
