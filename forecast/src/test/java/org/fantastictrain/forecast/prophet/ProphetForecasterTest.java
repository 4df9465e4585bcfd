package org.fantastictrain.forecast.prophet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Synthetic;
import org.fantastictrain.forecast.TimeSeries;
import org.junit.jupiter.api.Test;

class ProphetForecasterTest {

    private static double slope(ProphetModel m, int fromIndex, int toIndex) {
        double[] t = m.trend(List.of(Synthetic.START.plusDays(fromIndex), Synthetic.START.plusDays(toIndex)));
        return (t[1] - t[0]) / (toIndex - fromIndex);
    }

    @Test
    void recovers_a_known_trend_change() {
        // slope 0.02/day for 300 days, then 0.10/day; weekly pattern and noise on top
        TimeSeries s = Synthetic.series(
                600, i -> 50 + (i < 300 ? 0.02 * i : 6 + 0.10 * (i - 300)) + Synthetic.weekly(i, 2), 0.3, 1);
        ProphetModel m = new ProphetForecaster(ProphetConfig.builder()
                        .yearlyOrder(0)
                        .changepointRange(0.9)
                        .changepointPriorScale(0.5)
                        .build())
                .fit(s);

        assertThat(slope(m, 20, 250)).isCloseTo(0.02, within(0.005));
        assertThat(slope(m, 360, 590)).isCloseTo(0.10, within(0.01));
        double[] rates = m.rateChangesPerDay();
        int biggest = 0;
        for (int j = 1; j < rates.length; j++) {
            if (Math.abs(rates[j]) > Math.abs(rates[biggest])) {
                biggest = j;
            }
        }
        LocalDate change = m.changepoints().get(biggest);
        assertThat(change).isBetween(Synthetic.START.plusDays(270), Synthetic.START.plusDays(330));
    }

    @Test
    void l1_prior_keeps_a_straight_trend_straight() {
        TimeSeries s = Synthetic.series(500, i -> 20 + 0.05 * i + Synthetic.weekly(i, 1), 0.5, 2);
        ProphetModel m =
                new ProphetForecaster(ProphetConfig.builder().yearlyOrder(0).build()).fit(s);

        double total = Arrays.stream(m.rateChangesPerDay()).map(Math::abs).sum();
        assertThat(total).isLessThan(0.2 * 0.05);
        assertThat(slope(m, 0, 200)).isCloseTo(0.05, within(0.002));
        assertThat(slope(m, 300, 499)).isCloseTo(0.05, within(0.002));
    }

    @Test
    void recovers_seasonal_amplitude() {
        TimeSeries s = Synthetic.series(3 * 365, i -> 100 + Synthetic.yearly(i, 10) + Synthetic.weekly(i, 3), 1.0, 3);
        ProphetModel m =
                new ProphetForecaster(ProphetConfig.builder().changepoints(0).build()).fit(s);

        List<LocalDate> year = Synthetic.days(3 * 365, 4 * 365);
        Forecast f = m.predict(year, 0.8);
        double[] trend = m.trend(year);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < year.size(); i++) {
            double seasonal = f.yhat()[i] - trend[i];
            double expected = Synthetic.yearly(3 * 365 + i, 10) + Synthetic.weekly(3 * 365 + i, 3);
            assertThat(seasonal).isCloseTo(expected, within(0.6));
            max = Math.max(max, seasonal);
            min = Math.min(min, seasonal);
        }
        assertThat(max - min).isCloseTo(2 * (10 + 3), within(1.5));
    }

    @Test
    void fits_through_missing_days_and_nan() {
        TimeSeries full = Synthetic.series(800, i -> 30 + Synthetic.yearly(i, 5) + Synthetic.weekly(i, 2), 0.5, 4);
        List<LocalDate> ds = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            if (i % 11 == 3) {
                continue; // day absent
            }
            ds.add(full.ds(i));
            ys.add(i % 17 == 5 || (i > 400 && i < 430) ? Double.NaN : full.y(i));
        }
        TimeSeries gappy = TimeSeries.of(
                ds.toArray(LocalDate[]::new),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
        ProphetModel m = new ProphetForecaster().fit(gappy);

        Forecast f = m.predict(Synthetic.days(400, 430), 0.8);
        for (int i = 0; i < 30; i++) {
            double truth = 30 + Synthetic.yearly(400 + i, 5) + Synthetic.weekly(400 + i, 2);
            assertThat(f.yhat()[i]).isCloseTo(truth, within(0.6));
        }
    }

    @Test
    void multiplicative_seasonality_grows_with_the_level() {
        // level doubles over the history; weekly swing is 10 % of the level
        TimeSeries s = Synthetic.series(
                700,
                i -> {
                    double level = 100 + 100.0 * i / 700;
                    return level * (1 + Synthetic.weekly(i, 0.1));
                },
                0.2,
                5);
        ProphetConfig base = ProphetConfig.builder().yearlyOrder(0).build();
        ProphetModel mult = new ProphetForecaster(base.toBuilder()
                        .seasonalityMode(SeasonalityMode.MULTIPLICATIVE)
                        .build())
                .fit(s);
        ProphetModel add = new ProphetForecaster(base).fit(s);

        List<LocalDate> lastWeek = Synthetic.days(693, 700);
        double[] truth = lastWeek.stream()
                .mapToDouble(d -> {
                    int i = (int) (d.toEpochDay() - Synthetic.START.toEpochDay());
                    return (100 + 100.0 * i / 700) * (1 + Synthetic.weekly(i, 0.1));
                })
                .toArray();
        double multErr = maxAbsError(mult.predict(lastWeek, 0.8).yhat(), truth);
        double addErr = maxAbsError(add.predict(lastWeek, 0.8).yhat(), truth);
        assertThat(multErr).isLessThan(1.0);
        assertThat(addErr).isGreaterThan(2 * multErr);
    }

    private static double maxAbsError(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    @Test
    void learns_a_user_holiday_with_its_window() {
        List<Holiday> holidays = new ArrayList<>();
        for (int year = 2018; year <= 2021; year++) {
            holidays.add(new Holiday("festival", LocalDate.of(year, 6, 10), -1, 1));
        }
        TimeSeries s = Synthetic.series(
                3 * 365,
                i -> {
                    LocalDate d = Synthetic.START.plusDays(i);
                    double bump = d.getMonthValue() == 6 && Math.abs(d.getDayOfMonth() - 10) <= 1 ? 20 : 0;
                    return 50 + Synthetic.weekly(i, 2) + bump;
                },
                0.5,
                6);
        ProphetModel m = new ProphetForecaster(ProphetConfig.builder()
                        .yearlyOrder(0)
                        .holidays(holidays)
                        .build())
                .fit(s);

        Forecast f = m.predict(
                List.of(
                        LocalDate.of(2021, 6, 9),
                        LocalDate.of(2021, 6, 10),
                        LocalDate.of(2021, 6, 11),
                        LocalDate.of(2021, 6, 13)),
                0.8);
        double base =
                50 + Synthetic.weekly((int) (LocalDate.of(2021, 6, 13).toEpochDay() - Synthetic.START.toEpochDay()), 2);
        assertThat(f.yhat()[3]).isCloseTo(base, within(1.0));
        for (int k = 0; k < 3; k++) {
            assertThat(f.yhat()[k] - 50).isBetween(16.0, 24.0);
        }
    }

    @Test
    void zero_weight_excludes_an_outlier_exactly() {
        TimeSeries clean = Synthetic.series(400, i -> 10 + 0.01 * i + Synthetic.weekly(i, 1), 0.2, 7);
        LocalDate[] ds = clean.dates();
        double[] y = clean.values();
        y[200] = 500;
        double[] w = new double[y.length];
        Arrays.fill(w, 1);
        w[200] = 0;
        double[] yMissing = clean.values();
        yMissing[200] = Double.NaN;
        ProphetForecaster f =
                new ProphetForecaster(ProphetConfig.builder().yearlyOrder(0).build());

        double[] weighted = f.fit(TimeSeries.of(ds, y), w)
                .predict(Synthetic.days(400, 430), 0.8)
                .yhat();
        double[] missing = f.fit(TimeSeries.of(ds, yMissing))
                .predict(Synthetic.days(400, 430), 0.8)
                .yhat();
        assertThat(weighted).isEqualTo(missing);
    }

    @Test
    void robust_fit_is_less_pulled_by_spikes() {
        TimeSeries s =
                Synthetic.series(600, i -> 20 + 0.01 * i + Synthetic.weekly(i, 1) + (i % 50 == 0 ? 15 : 0), 0.3, 8);
        ProphetConfig base = ProphetConfig.builder().yearlyOrder(0).build();
        double[] plain = new ProphetForecaster(base)
                .fit(s)
                .predict(Synthetic.days(600, 630), 0.8)
                .yhat();
        double[] robust = new ProphetForecaster(base.toBuilder().robust(true).build())
                .fit(s)
                .predict(Synthetic.days(600, 630), 0.8)
                .yhat();
        double plainErr = 0;
        double robustErr = 0;
        for (int i = 0; i < 30; i++) {
            double truth = 20 + 0.01 * (600 + i) + Synthetic.weekly(600 + i, 1);
            plainErr += Math.abs(plain[i] - truth);
            robustErr += Math.abs(robust[i] - truth);
        }
        assertThat(robustErr).isLessThan(plainErr);
    }

    @Test
    void residual_correction_carries_the_last_residual_and_decays() {
        // an AR(1) disturbance on top of a clean line
        java.util.Random r = new java.util.Random(9);
        double[] e = new double[500];
        for (int i = 1; i < e.length; i++) {
            e[i] = 0.8 * e[i - 1] + r.nextGaussian();
        }
        TimeSeries s = Synthetic.series(500, i -> 100 + e[i], 0, 0);
        ProphetModel m = new ProphetForecaster(ProphetConfig.builder()
                        .yearlyOrder(0)
                        .weeklyOrder(0)
                        .changepoints(0)
                        .residualCorrection(true)
                        .build())
                .fit(s);
        ProphetModel off = new ProphetForecaster(ProphetConfig.builder()
                        .yearlyOrder(0)
                        .weeklyOrder(0)
                        .changepoints(0)
                        .build())
                .fit(s);

        Forecast f = m.predict(Synthetic.days(500, 560), 0.8);
        Forecast g = off.predict(Synthetic.days(500, 560), 0.8);
        double shift1 = f.yhat()[0] - g.yhat()[0];
        double shift60 = f.yhat()[59] - g.yhat()[59];
        assertThat(Math.abs(shift1)).isGreaterThan(0.5 * Math.abs(e[499]));
        assertThat(Math.abs(shift60)).isLessThan(0.01 * Math.abs(shift1) + 1e-9);
        assertThat(f.yhatUpper()[0] - f.yhatLower()[0]).isLessThan(g.yhatUpper()[0] - g.yhatLower()[0]);
    }

    @Test
    void intervals_widen_with_the_lead_time() {
        TimeSeries s = Synthetic.series(
                800, i -> 10 + 0.02 * i + Synthetic.weekly(i, 1) + (i > 400 ? 0.01 * (i - 400) : 0), 0.5, 10);
        Forecast f = new ProphetForecaster(
                        ProphetConfig.builder().yearlyOrder(0).build())
                .fit(s)
                .predict(Synthetic.days(800, 1166), 0.8);
        double first = f.yhatUpper()[0] - f.yhatLower()[0];
        double last = f.yhatUpper()[365] - f.yhatLower()[365];
        assertThat(last).isGreaterThan(first);
        for (int i = 0; i < f.size(); i++) {
            assertThat(f.yhatLower()[i]).isLessThan(f.yhat()[i]);
            assertThat(f.yhatUpper()[i]).isGreaterThan(f.yhat()[i]);
        }
    }

    @Test
    void fitting_several_prior_settings_together_gives_the_same_models_as_one_by_one() {
        TimeSeries s = Synthetic.series(
                800,
                i -> 30 + 0.01 * i + Synthetic.yearly(i, 4) + Synthetic.weekly(i, 2) + (i % 60 == 0 ? 8 : 0),
                0.6,
                13);
        List<ProphetConfig> configs = List.of(
                ProphetConfig.builder()
                        .changepointPriorScale(0.05)
                        .robust(true)
                        .residualCorrection(true)
                        .build(),
                ProphetConfig.builder()
                        .changepointPriorScale(1.0)
                        .seasonalityPriorScale(0.1)
                        .build(),
                ProphetConfig.builder().weeklyOrder(2).build());
        List<ProphetModel> together = ProphetForecaster.fitAll(configs, s);
        List<LocalDate> days = Synthetic.days(790, 900);
        for (int c = 0; c < configs.size(); c++) {
            Forecast alone = new ProphetForecaster(configs.get(c)).fit(s).predict(days, 0.8);
            Forecast shared = together.get(c).predict(days, 0.8);
            assertThat(shared.yhat()).isEqualTo(alone.yhat());
            assertThat(shared.yhatUpper()).isEqualTo(alone.yhatUpper());
        }
    }

    @Test
    void refuses_bad_input_with_clear_messages() {
        ProphetForecaster f = new ProphetForecaster();
        TimeSeries constant = Synthetic.series(800, i -> 5, 0, 0);
        assertThat(assertThrows(IllegalArgumentException.class, () -> f.fit(constant))
                        .getMessage())
                .contains("constant");
        TimeSeries allMissing = Synthetic.series(800, i -> Double.NaN, 0, 0);
        assertThat(assertThrows(IllegalArgumentException.class, () -> f.fit(allMissing))
                        .getMessage())
                .contains("no observed");
        TimeSeries shortOne = Synthetic.series(200, i -> i % 3, 0, 0);
        assertThat(assertThrows(IllegalArgumentException.class, () -> f.fit(shortOne))
                        .getMessage())
                .contains("yearly");
        TimeSeries tiny = Synthetic.series(10, i -> i % 3, 0, 0);
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> new ProphetForecaster(ProphetConfig.builder()
                                                .yearlyOrder(0)
                                                .build())
                                        .fit(tiny))
                        .getMessage())
                .contains("weekly");
        TimeSeries ok = Synthetic.series(30, i -> i % 3, 0, 0);
        ProphetModel m =
                new ProphetForecaster(ProphetConfig.builder().yearlyOrder(0).build()).fit(ok);
        assertThrows(IllegalArgumentException.class, () -> m.predict(List.of(LocalDate.of(2019, 1, 1)), 1.0));
        assertThrows(IllegalArgumentException.class, () -> f.fit(ok, new double[3]));
        assertThrows(
                IllegalArgumentException.class,
                () -> ProphetConfig.builder().changepointPriorScale(0).build());
        assertThrows(IllegalArgumentException.class, () -> new Holiday("x", LocalDate.of(2020, 1, 1), 1, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> TimeSeries.of(
                        new LocalDate[] {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)}, new double[] {1, 2}));
        assertThrows(
                IllegalArgumentException.class,
                () -> TimeSeries.of(
                        new LocalDate[] {LocalDate.of(2020, 1, 1)}, new double[] {Double.POSITIVE_INFINITY}));
    }
}
