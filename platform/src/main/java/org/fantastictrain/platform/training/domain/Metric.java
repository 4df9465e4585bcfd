package org.fantastictrain.platform.training.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The error metrics of a backtest; all lower-is-better except {@link #COVERAGE}. */
public enum Metric {
    RMSE,
    MAE,
    MAPE,
    SMAPE,
    COVERAGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Metrics the gate can decide on (lower is better). */
    public static List<Metric> gateable() {
        return List.of(RMSE, MAE, MAPE, SMAPE);
    }

    public static Metric parseGateMetric(String name) {
        return gateable().stream()
                .filter(m -> m.id().equalsIgnoreCase(name.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown gate metric '" + name + "', expected one of "
                        + Arrays.toString(gateable().stream().map(Metric::id).toArray())));
    }

    /** The metric over the points; NaN when it is undefined (no points, or MAPE with only zero actuals). */
    public double of(List<ScoredPoint> points) {
        double sum = 0;
        int n = 0;
        for (ScoredPoint p : points) {
            double e = p.yhat() - p.actual();
            switch (this) {
                case RMSE -> sum += e * e;
                case MAE -> sum += Math.abs(e);
                case MAPE -> {
                    if (p.actual() == 0) {
                        continue;
                    }
                    sum += Math.abs(e / p.actual());
                }
                case SMAPE -> {
                    double d = Math.abs(p.actual()) + Math.abs(p.yhat());
                    sum += d == 0 ? 0 : 2 * Math.abs(e) / d;
                }
                case COVERAGE -> sum += p.actual() >= p.lower() && p.actual() <= p.upper() ? 1 : 0;
            }
            n++;
        }
        if (n == 0) {
            return Double.NaN;
        }
        return this == RMSE ? Math.sqrt(sum / n) : sum / n;
    }
}
