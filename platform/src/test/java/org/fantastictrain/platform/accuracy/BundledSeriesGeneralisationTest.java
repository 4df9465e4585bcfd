package org.fantastictrain.platform.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.Forecasters;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.eval.BacktestRow;
import org.fantastictrain.forecast.eval.CrossValidation;
import org.fantastictrain.forecast.eval.PerformanceMetrics;
import org.fantastictrain.platform.ingest.adapter.out.source.BundledSource;
import org.fantastictrain.platform.ingest.domain.Observation;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The brief's generalisation bar on the bundled data: the default automatic model beats seasonal
 * naive (7 days) in RMSE, on Prophet-style cross-validation (initial 730 days, period 180,
 * horizon 30) over the whole bundled history of each series that has enough of it.
 */
class BundledSeriesGeneralisationTest {

    private static final SourceBatch BUNDLED =
            new BundledSource().fetch(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 6, 30));

    @ParameterizedTest
    @EnumSource(
            value = SeriesId.class,
            names = {"CORRIB_PRODUCTION", "MOFFAT", "TOTAL"})
    void the_default_model_beats_seasonal_naive_on_the_bundled_series(SeriesId id) {
        TimeSeries series = series(id);

        double auto = overallRmse(Forecasters.byName("auto"), series);
        double snaive = overallRmse(Forecasters.byName("snaive"), series);

        System.out.printf("%s: auto rmse %.3f, snaive rmse %.3f, ratio %.3f%n", id.id(), auto, snaive, auto / snaive);
        assertThat(auto).isLessThan(snaive);
    }

    @ParameterizedTest
    @EnumSource(
            value = SeriesId.class,
            names = {"ROI_IMPORTS_VIA_INTERCONNECTOR"})
    void a_mostly_missing_series_is_refused_rather_than_forecast_badly(SeriesId id) {
        // About 240 scattered observed days over six years: too little for any backtest fold.
        TimeSeries series = series(id);
        assertThat(series.size()).isLessThan(730);
    }

    private static double overallRmse(Forecaster forecaster, TimeSeries series) {
        List<BacktestRow> rows = CrossValidation.crossValidation(forecaster, series, 730, 180, 30);
        assertThat(rows).isNotEmpty();
        return PerformanceMetrics.compute(rows, 1.0).get(0).rmse();
    }

    private static TimeSeries series(SeriesId id) {
        List<Observation> observations =
                BUNDLED.observations().stream().filter(o -> o.series() == id).toList();
        LocalDate[] ds = observations.stream().map(Observation::ds).toArray(LocalDate[]::new);
        double[] y = observations.stream().mapToDouble(Observation::value).toArray();
        return TimeSeries.of(ds, y);
    }
}
