package org.fantastictrain.platform.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the overview page draws for one series, in columns (one array per field) so that 6.5
 * years of days travel as a few compact arrays and feed the chart without reshaping.
 *
 * @param forecast the champion's fit over the history and its forecast after the last actual; null
 *     without a champion
 * @param vintages forecasts as issued on the latest issue days, each scored against the actuals
 */
record OverviewResponse(
        String series,
        String unit,
        String description,
        Actuals actuals,
        Champion champion,
        Forecast forecast,
        LastLoad lastLoad,
        List<Vintage> vintages,
        long elapsedMs) {

    record Actuals(int count, LocalDate first, LocalDate last, List<LocalDate> ds, double[] y) {}

    record Champion(
            int version,
            String algorithm,
            Map<String, Object> metrics,
            LocalDate trainingStart,
            LocalDate trainingEnd,
            int trainingRows,
            Instant promotedAt) {}

    record Forecast(
            int modelVersion,
            double intervalWidth,
            int count,
            LocalDate firstFutureDay,
            List<LocalDate> ds,
            double[] yhat,
            double[] yhatLower,
            double[] yhatUpper) {}

    record LastLoad(
            long id,
            String kind,
            String source,
            LocalDate from,
            LocalDate to,
            String status,
            int inserted,
            int updated,
            int unchanged,
            int rejected,
            Instant finishedAt,
            String error) {}

    /**
     * @param evaluatedDays days of the vintage that have an actual
     * @param mae mean absolute error on those days, null when none
     * @param coverage share of those actuals inside the interval, null when none
     */
    record Vintage(
            LocalDate issuedOn,
            int modelVersion,
            double intervalWidth,
            List<LocalDate> ds,
            double[] yhat,
            double[] yhatLower,
            double[] yhatUpper,
            int evaluatedDays,
            Double mae,
            Double rmse,
            Double coverage) {}
}
