package org.fantastictrain.forecast.eval;

/**
 * One row of {@link PerformanceMetrics}: the metrics of the rolling window ending at a horizon.
 * MAPE, MDAPE and sMAPE are fractions (0.05 = 5 %); MAPE and MDAPE are NaN when an observed value
 * is near zero (Prophet skips them then).
 */
public record MetricsRow(
        long horizonDays,
        double mse,
        double rmse,
        double mae,
        double mape,
        double mdape,
        double smape,
        double coverage) {}
