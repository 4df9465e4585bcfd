package org.fantastictrain.forecast.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.io.CsvSeriesReader;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static TimeSeries daily(String from, String to) {
        List<LocalDate> ds = new ArrayList<>();
        for (LocalDate x = d(from); !x.isAfter(d(to)); x = x.plusDays(1)) {
            ds.add(x);
        }
        double[] y = new double[ds.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
        }
        return TimeSeries.of(ds.toArray(LocalDate[]::new), y);
    }

    /** Forecasts the training mean and remembers the last training day of each fit. */
    static final class RecordingForecaster implements Forecaster {
        final ConcurrentLinkedQueue<LocalDate> trainingEnds = new ConcurrentLinkedQueue<>();

        @Override
        public String algorithm() {
            return "mean";
        }

        @Override
        public FittedModel fit(TimeSeries history) {
            trainingEnds.add(history.end());
            double mean = 0;
            for (int i = 0; i < history.size(); i++) {
                mean += history.y(i) / history.size();
            }
            double m = mean;
            return new FittedModel() {
                public String algorithm() {
                    return "mean";
                }

                public LocalDate trainingStart() {
                    return history.start();
                }

                public LocalDate trainingEnd() {
                    return history.end();
                }

                public Forecast predict(List<LocalDate> days, double w) {
                    double[] v = new double[days.size()];
                    java.util.Arrays.fill(v, m);
                    double[] lo = v.clone();
                    double[] hi = v.clone();
                    for (int i = 0; i < v.length; i++) {
                        lo[i] -= 1;
                        hi[i] += 1;
                    }
                    return new Forecast(days, v, lo, hi, w);
                }
            };
        }
    }

    @Test
    void generates_cutoffs_as_prophet_does_on_a_small_case() {
        // 31 days, horizon 5, period 7, initial 10: Jan 26, 19, 12 are kept; Jan 5 (< Jan 11) is generated then dropped
        TimeSeries s = daily("2020-01-01", "2020-01-31");
        assertThat(CrossValidation.prophetCutoffs(s, 10, 7, 5))
                .containsExactly(d("2020-01-12"), d("2020-01-19"), d("2020-01-26"));
    }

    @Test
    void generates_prophets_eleven_cutoffs_on_peyton_manning() {
        TimeSeries s = CsvSeriesReader.read(java.nio.file.Path.of("src/test/resources/data/peyton_manning.csv"));
        // computed independently from Prophet's generate_cutoffs rules with Python's datetime
        assertThat(CrossValidation.prophetCutoffs(s, 730, 180, 365))
                .containsExactly(
                        d("2010-02-15"),
                        d("2010-08-14"),
                        d("2011-02-10"),
                        d("2011-08-09"),
                        d("2012-02-05"),
                        d("2012-08-03"),
                        d("2013-01-30"),
                        d("2013-07-29"),
                        d("2014-01-25"),
                        d("2014-07-24"),
                        d("2015-01-20"));
    }

    @Test
    void jumps_over_a_gap_with_no_data_in_the_forecast_window() {
        // data Jan 1..Jan 20 and Mar 1..Mar 31; horizon 5, period 20
        TimeSeries a = daily("2020-01-01", "2020-01-20");
        TimeSeries b = daily("2020-03-01", "2020-03-31");
        List<LocalDate> ds = new ArrayList<>(List.of(a.dates()));
        ds.addAll(List.of(b.dates()));
        double[] y = new double[ds.size()];
        TimeSeries s = TimeSeries.of(ds.toArray(LocalDate[]::new), y);
        // Mar 26 -> Mar 6 -> Feb 15 has no data in (Feb 15, Feb 20]: jump to Jan 20 - 5 = Jan 15 -> Dec 26 (dropped)
        assertThat(CrossValidation.prophetCutoffs(s, 0, 20, 5))
                .containsExactly(d("2020-01-15"), d("2020-03-06"), d("2020-03-26"));
    }

    @Test
    void forecasts_every_observed_day_after_each_cutoff_from_a_model_fitted_up_to_it() {
        TimeSeries s = daily("2020-01-01", "2020-03-31");
        double[] y = s.values();
        y[70] = Double.NaN; // a missing day inside a window is not forecast
        TimeSeries withGap = TimeSeries.of(s.dates(), y);
        RecordingForecaster f = new RecordingForecaster();

        List<BacktestRow> rows =
                CrossValidation.crossValidation(f, withGap, List.of(d("2020-02-29"), d("2020-03-10")), 10);

        assertThat(f.trainingEnds).containsExactlyInAnyOrder(d("2020-02-29"), d("2020-03-10"));
        assertThat(rows).hasSize(19);
        assertThat(rows.get(0).ds()).isEqualTo(d("2020-03-01"));
        assertThat(rows.get(9).ds()).isEqualTo(d("2020-03-10"));
        assertThat(rows.get(10).cutoff()).isEqualTo(d("2020-03-10"));
        assertThat(rows).noneMatch(r -> r.ds().equals(d("2020-03-11")));
        assertThat(rows).allMatch(r -> r.horizonDays() >= 1 && r.horizonDays() <= 10);
        assertThat(rows.get(0).yhat()).isEqualTo(29.5); // mean of 0..59
    }

    @Test
    void refuses_bad_custom_cutoffs_and_horizons() {
        TimeSeries s = daily("2020-01-01", "2020-03-31");
        Forecaster f = new RecordingForecaster();
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> CrossValidation.crossValidation(
                                        f, s, List.of(d("2020-02-10"), d("2020-02-01")), 10))
                        .getMessage())
                .contains("increasing");
        assertThrows(
                IllegalArgumentException.class,
                () -> CrossValidation.crossValidation(f, s, List.of(d("2020-03-25")), 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> CrossValidation.crossValidation(f, s, List.of(d("2020-01-01")), 10));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.crossValidation(f, s, List.of(), 10));
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> CrossValidation.crossValidation(f, s, List.of(d("2020-02-01")), 0))
                        .getMessage())
                .contains("horizon");
        assertThat(assertThrows(IllegalArgumentException.class, () -> CrossValidation.prophetCutoffs(s, 100, 10, 10))
                        .getMessage())
                .contains("initial");
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.prophetCutoffs(s, 10, 10, 200));
    }
}
