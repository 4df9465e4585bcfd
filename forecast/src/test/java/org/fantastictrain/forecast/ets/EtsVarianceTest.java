package org.fantastictrain.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.baseline.NormalQuantile;
import org.junit.jupiter.api.Test;

/** The interval half-widths against the closed forms in FPP's table of ETS forecast variances. */
class EtsVarianceTest {
    private static final TimeSeries HISTORY = SyntheticSeries.series(
            SyntheticSeries.levelTrendWeekly(4.0, 0.02, 0.5, 21).values(200));

    private static double halfWidth(EtsModel model, int h) {
        Forecast forecast = model.predict(java.util.List.of(model.trainingEnd().plusDays(h)), 0.9);
        return forecast.yhatUpper()[0] - forecast.yhat()[0];
    }

    @Test
    void holt_linear_variance_matches_the_closed_form() {
        EtsModel model = new EtsForecaster(EtsConfig.of(EtsForm.AAN)).fit(HISTORY);
        double a = model.alpha();
        double b = model.beta();
        double z = NormalQuantile.centralMultiplier(0.9);

        for (int h : new int[] {1, 2, 5, 30}) {
            double variance = model.sigma2() * (1 + (h - 1) * (a * a + a * b * h + b * b * h * (2.0 * h - 1) / 6));
            assertThat(halfWidth(model, h)).isCloseTo(z * Math.sqrt(variance), within(1e-9));
        }
    }

    @Test
    void seasonal_level_variance_matches_the_closed_form() {
        EtsModel model = new EtsForecaster(EtsConfig.of(EtsForm.ANA)).fit(HISTORY);
        double a = model.alpha();
        double g = model.gamma();
        double z = NormalQuantile.centralMultiplier(0.9);

        for (int h : new int[] {1, 7, 8, 15, 30}) {
            int k = (h - 1) / 7;
            double variance = model.sigma2() * (1 + a * a * (h - 1) + g * k * (2 * a + g));
            assertThat(halfWidth(model, h)).isCloseTo(z * Math.sqrt(variance), within(1e-9));
        }
    }

    @Test
    void damped_trend_variance_matches_the_closed_form() {
        EtsModel model = new EtsForecaster(EtsConfig.of(EtsForm.AADN)).fit(HISTORY);
        double a = model.alpha();
        double b = model.beta();
        double p = model.phi();
        double z = NormalQuantile.centralMultiplier(0.9);

        for (int h : new int[] {1, 2, 10, 60}) {
            double ph = Math.pow(p, h);
            double variance = model.sigma2()
                    * (1
                            + a * a * (h - 1)
                            + b * p * h / ((1 - p) * (1 - p)) * (2 * a * (1 - p) + b * p)
                            - b
                                    * p
                                    * (1 - ph)
                                    / ((1 - p) * (1 - p) * (1 - p * p))
                                    * (2 * a * (1 - p * p) + b * p * (1 + 2 * p - ph)));
            assertThat(halfWidth(model, h)).isCloseTo(z * Math.sqrt(variance), within(1e-7));
        }
    }
}
