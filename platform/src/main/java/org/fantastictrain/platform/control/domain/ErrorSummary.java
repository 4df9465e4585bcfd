package org.fantastictrain.platform.control.domain;

import java.util.Collection;

/**
 * Windowed accuracy of logged forecasts.
 *
 * @param bias mean of forecast minus actual
 * @param mape mean absolute percentage error (a fraction); NaN when an actual is zero
 * @param coverage share of actuals inside the forecast interval
 * @param nominalCoverage mean interval width the forecasts were issued with
 * @param meanForecast mean of the forecasts
 * @param meanActual mean of the actuals
 */
public record ErrorSummary(
        int count,
        double rmse,
        double mae,
        double bias,
        double mape,
        double coverage,
        double nominalCoverage,
        double meanForecast,
        double meanActual) {

    public static final ErrorSummary EMPTY = new ErrorSummary(
            0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static ErrorSummary of(Collection<EvaluatedPoint> points) {
        if (points.isEmpty()) {
            return EMPTY;
        }
        int n = points.size();
        double sq = 0;
        double abs = 0;
        double err = 0;
        double ape = 0;
        boolean mapeDefined = true;
        int inside = 0;
        double width = 0;
        double forecast = 0;
        double actual = 0;
        for (EvaluatedPoint p : points) {
            double e = p.error();
            sq += e * e;
            abs += Math.abs(e);
            err += e;
            if (p.actual() == 0) {
                mapeDefined = false;
            } else {
                ape += Math.abs(e / p.actual());
            }
            inside += p.insideInterval() ? 1 : 0;
            width += p.intervalWidth();
            forecast += p.yhat();
            actual += p.actual();
        }
        return new ErrorSummary(
                n,
                Math.sqrt(sq / n),
                abs / n,
                err / n,
                mapeDefined ? ape / n : Double.NaN,
                (double) inside / n,
                width / n,
                forecast / n,
                actual / n);
    }
}
