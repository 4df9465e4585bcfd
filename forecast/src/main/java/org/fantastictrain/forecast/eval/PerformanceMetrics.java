package org.fantastictrain.forecast.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Prophet's {@code performance_metrics}: rows are sorted by horizon (stable, so ties keep their
 * backtest order); with {@code w = int(rollingWindow * rows)} (at least 1, at most all rows), each
 * metric is a right-aligned rolling aggregate over at least {@code w} rows ending at each horizon
 * value. Means use {@code rolling_mean_by_h} (sums and counts per horizon, a pro-rated share of the
 * earliest horizon in the window); MDAPE uses {@code rolling_median_by_h}. A negative rolling
 * window gives one row per backtest row, without aggregation.
 */
public final class PerformanceMetrics {
    private PerformanceMetrics() {}

    /** Prophet's default rolling window. */
    public static final double DEFAULT_ROLLING_WINDOW = 0.1;

    /**
     * The metrics by horizon.
     *
     * @throws IllegalArgumentException when there are no rows
     */
    public static List<MetricsRow> compute(List<BacktestRow> rows, double rollingWindow) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no backtest rows to evaluate");
        }
        List<BacktestRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(BacktestRow::horizonDays)); // List.sort is stable
        int n = sorted.size();
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            h[i] = sorted.get(i).horizonDays();
        }
        boolean skipPercent =
                sorted.stream().mapToDouble(r -> Math.abs(r.y())).min().orElse(0) < 1e-8;
        double[] se = values(sorted, r -> (r.y() - r.yhat()) * (r.y() - r.yhat()));
        double[] ae = values(sorted, r -> Math.abs(r.y() - r.yhat()));
        double[] ape = values(sorted, r -> Math.abs((r.y() - r.yhat()) / r.y()));
        double[] sape = values(sorted, r -> {
            double v = Math.abs(r.yhat() - r.y()) / ((Math.abs(r.y()) + Math.abs(r.yhat())) / 2);
            return Double.isNaN(v) ? 0 : v;
        });
        double[] cov = values(sorted, r -> r.yhatLower() <= r.y() && r.y() <= r.yhatUpper() ? 1 : 0);
        List<MetricsRow> out = new ArrayList<>();
        if (rollingWindow < 0) {
            for (int i = 0; i < n; i++) {
                out.add(new MetricsRow(
                        h[i],
                        se[i],
                        Math.sqrt(se[i]),
                        ae[i],
                        skipPercent ? Double.NaN : ape[i],
                        skipPercent ? Double.NaN : ape[i],
                        sape[i],
                        cov[i]));
            }
            return out;
        }
        int w = Math.min(Math.max((int) (rollingWindow * n), 1), n);
        Rolled mse = rollingMeanByH(se, h, w);
        Rolled mae = rollingMeanByH(ae, h, w);
        Rolled mape = rollingMeanByH(ape, h, w);
        Rolled mdape = rollingMedianByH(ape, h, w);
        Rolled smape = rollingMeanByH(sape, h, w);
        Rolled coverage = rollingMeanByH(cov, h, w);
        for (int i = 0; i < mse.h.length; i++) {
            out.add(new MetricsRow(
                    mse.h[i],
                    mse.x[i],
                    Math.sqrt(mse.x[i]),
                    mae.x[i],
                    skipPercent ? Double.NaN : mape.x[i],
                    skipPercent ? Double.NaN : mdape.x[i],
                    smape.x[i],
                    coverage.x[i]));
        }
        return out;
    }

    /** The row at the given horizon, if the rolling window produced one. */
    public static MetricsRow atHorizon(List<MetricsRow> metrics, long horizonDays) {
        return metrics.stream()
                .filter(m -> m.horizonDays() == horizonDays)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metrics row at horizon " + horizonDays + " days"));
    }

    record Rolled(long[] h, double[] x) {}

    private static double[] values(List<BacktestRow> rows, ToDoubleFunction<BacktestRow> f) {
        return rows.stream().mapToDouble(f).toArray();
    }

    /** Prophet's {@code rolling_mean_by_h}; {@code h} sorted ascending. */
    static Rolled rollingMeanByH(double[] x, long[] h, int w) {
        List<Long> hs = new ArrayList<>();
        List<double[]> agg = new ArrayList<>(); // {sum, count}
        for (int i = 0; i < x.length; i++) {
            if (hs.isEmpty() || hs.get(hs.size() - 1) != h[i]) {
                hs.add(h[i]);
                agg.add(new double[2]);
            }
            double[] a = agg.get(agg.size() - 1);
            a[0] += x[i];
            a[1] += 1;
        }
        int m = hs.size();
        double[] resX = new double[m];
        int trailing = m - 1;
        double xSum = 0;
        double nSum = 0;
        for (int i = m - 1; i >= 0; i--) {
            xSum += agg.get(i)[0];
            nSum += agg.get(i)[1];
            while (nSum >= w) {
                double excessN = nSum - w;
                double excessX = excessN * agg.get(i)[0] / agg.get(i)[1];
                resX[trailing] = (xSum - excessX) / w;
                xSum -= agg.get(trailing)[0];
                nSum -= agg.get(trailing)[1];
                trailing--;
            }
        }
        int from = trailing + 1;
        long[] outH = new long[m - from];
        for (int i = from; i < m; i++) {
            outH[i - from] = hs.get(i);
        }
        return new Rolled(outH, Arrays.copyOfRange(resX, from, m));
    }

    /** Prophet's {@code rolling_median_by_h}; {@code h} sorted ascending. */
    static Rolled rollingMedianByH(double[] x, long[] h, int w) {
        List<Long> hs = new ArrayList<>();
        List<Integer> firstIndex = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (hs.isEmpty() || hs.get(hs.size() - 1) != h[i]) {
                hs.add(h[i]);
                firstIndex.add(i);
            }
        }
        List<Long> resH = new ArrayList<>();
        List<Double> resX = new ArrayList<>();
        for (int g = hs.size() - 1; g >= 0; g--) {
            int start = firstIndex.get(g);
            int end = g + 1 < hs.size() ? firstIndex.get(g + 1) : x.length;
            List<Double> xs = new ArrayList<>();
            for (int i = start; i < end; i++) {
                xs.add(x[i]);
            }
            int next = start - 1;
            while (xs.size() < w && next >= 0) {
                xs.add(x[next]);
                next--;
            }
            if (xs.size() < w) {
                break;
            }
            resH.add(hs.get(g));
            resX.add(median(xs));
        }
        int k = resH.size();
        long[] outH = new long[k];
        double[] outX = new double[k];
        for (int i = 0; i < k; i++) {
            outH[i] = resH.get(k - 1 - i);
            outX[i] = resX.get(k - 1 - i);
        }
        return new Rolled(outH, outX);
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }
}
