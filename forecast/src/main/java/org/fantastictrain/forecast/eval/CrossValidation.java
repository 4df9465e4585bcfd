package org.fantastictrain.forecast.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;

/**
 * Prophet-compatible time-series cross-validation: for each cutoff, fit on the days up to it and
 * forecast every observed day in {@code (cutoff, cutoff + horizon]}. Cutoffs are fitted in parallel;
 * rows come back ordered by cutoff, then day.
 */
public final class CrossValidation {
    /** The interval width of the rows (Prophet's default 80 %). */
    public static final double INTERVAL_WIDTH = 0.8;

    private CrossValidation() {}

    /**
     * Prophet's cutoffs ({@code generate_cutoffs}): start at {@code max(ds) - horizon}, step back by
     * {@code period} while the last cutoff is at or after {@code min(ds) + initial}, jumping over
     * gaps with no data in the forecast window, drop the last one generated, sort ascending.
     * Only observed (non-missing) days count as data.
     *
     * @throws IllegalArgumentException when no cutoff fits or an argument is not positive
     */
    public static List<LocalDate> prophetCutoffs(TimeSeries series, int initialDays, int periodDays, int horizonDays) {
        positive("horizon", horizonDays);
        positive("period", periodDays);
        if (initialDays < 0) {
            throw new IllegalArgumentException("initial must be >= 0 days: " + initialDays);
        }
        long[] obs = observedDays(series);
        if (obs.length == 0) {
            throw new IllegalArgumentException("the series has no observed values");
        }
        long min = obs[0];
        long max = obs[obs.length - 1];
        long cutoff = max - horizonDays;
        if (cutoff < min) {
            throw new IllegalArgumentException("less data than the horizon: the series spans " + (max - min + 1)
                    + " days, horizon is " + horizonDays);
        }
        List<Long> result = new ArrayList<>();
        result.add(cutoff);
        while (result.get(result.size() - 1) >= min + initialDays && result.size() < 1000) {
            cutoff -= periodDays;
            if (!anyIn(obs, cutoff, cutoff + horizonDays)) {
                if (cutoff > min) {
                    long closest = lastAtOrBefore(obs, cutoff);
                    cutoff = closest - horizonDays;
                }
            }
            result.add(cutoff);
        }
        result.remove(result.size() - 1);
        if (result.isEmpty()) {
            throw new IllegalArgumentException(
                    "less data than horizon after the initial window: the series spans " + (max - min + 1)
                            + " days, initial " + initialDays + " + horizon " + horizonDays + "; make them shorter");
        }
        List<LocalDate> out = new ArrayList<>();
        for (int i = result.size() - 1; i >= 0; i--) {
            out.add(LocalDate.ofEpochDay(result.get(i)));
        }
        return out;
    }

    /** Cross-validation with Prophet's cutoffs ({@link #prophetCutoffs}). */
    public static List<BacktestRow> crossValidation(
            Forecaster forecaster, TimeSeries series, int initialDays, int periodDays, int horizonDays) {
        return crossValidation(
                forecaster, series, prophetCutoffs(series, initialDays, periodDays, horizonDays), horizonDays);
    }

    /**
     * Cross-validation at the given cutoffs.
     *
     * @throws IllegalArgumentException when the horizon is not positive, the cutoffs are empty, not
     *     strictly increasing, not after the first observed day, or leave no day to forecast
     */
    public static List<BacktestRow> crossValidation(
            Forecaster forecaster, TimeSeries series, List<LocalDate> cutoffs, int horizonDays) {
        return crossValidation(forecaster, series, cutoffs, horizonDays, INTERVAL_WIDTH);
    }

    /**
     * Cross-validation at the given cutoffs, with intervals of the given width.
     *
     * @throws IllegalArgumentException as {@link #crossValidation(Forecaster, TimeSeries, List, int)}, or when
     *     the interval width is not in {@code (0, 1)}
     */
    public static List<BacktestRow> crossValidation(
            Forecaster forecaster, TimeSeries series, List<LocalDate> cutoffs, int horizonDays, double intervalWidth) {
        Objects.requireNonNull(forecaster, "forecaster");
        validateCutoffs(series, cutoffs, horizonDays);
        if (!(intervalWidth > 0 && intervalWidth < 1)) {
            throw new IllegalArgumentException("interval width must be in (0, 1): " + intervalWidth);
        }
        List<List<BacktestRow>> perCutoff = IntStream.range(0, cutoffs.size())
                .parallel()
                .mapToObj(i -> fold(forecaster, series, cutoffs.get(i), horizonDays, intervalWidth))
                .toList();
        List<BacktestRow> rows = new ArrayList<>();
        perCutoff.forEach(rows::addAll);
        return rows;
    }

    /** One fold: fit up to the cutoff, forecast the observed days of {@code (cutoff, cutoff + horizon]}. */
    public static List<BacktestRow> fold(Forecaster forecaster, TimeSeries series, LocalDate cutoff, int horizonDays) {
        return fold(forecaster, series, cutoff, horizonDays, INTERVAL_WIDTH);
    }

    /** One fold with intervals of the given width in {@code (0, 1)}. */
    public static List<BacktestRow> fold(
            Forecaster forecaster, TimeSeries series, LocalDate cutoff, int horizonDays, double intervalWidth) {
        TimeSeries train = series.upTo(cutoff);
        TimeSeries test = series.between(cutoff, cutoff.plusDays(horizonDays));
        List<LocalDate> days = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            if (!Double.isNaN(test.y(i))) {
                days.add(test.ds(i));
                ys.add(test.y(i));
            }
        }
        if (days.isEmpty()) {
            return List.of();
        }
        FittedModel model = forecaster.fit(train);
        Forecast f = model.predict(days, intervalWidth);
        List<BacktestRow> rows = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            rows.add(new BacktestRow(days.get(i), cutoff, ys.get(i), f.yhat()[i], f.yhatLower()[i], f.yhatUpper()[i]));
        }
        return rows;
    }

    /**
     * Checks custom cutoffs the way {@link #crossValidation(Forecaster, TimeSeries, List, int)} does, without
     * fitting anything.
     *
     * @throws IllegalArgumentException when the horizon is not positive, the cutoffs are empty, not strictly
     *     increasing, not after the first observed day, or leave no full horizon to evaluate
     */
    public static void validateCutoffs(TimeSeries series, List<LocalDate> cutoffs, int horizonDays) {
        positive("horizon", horizonDays);
        Objects.requireNonNull(cutoffs, "cutoffs");
        if (cutoffs.isEmpty()) {
            throw new IllegalArgumentException("no cutoffs given");
        }
        long[] obs = observedDays(series);
        if (obs.length == 0) {
            throw new IllegalArgumentException("the series has no observed values");
        }
        LocalDate min = LocalDate.ofEpochDay(obs[0]);
        LocalDate maxCutoff = LocalDate.ofEpochDay(obs[obs.length - 1] - horizonDays);
        for (int i = 0; i < cutoffs.size(); i++) {
            LocalDate c = Objects.requireNonNull(cutoffs.get(i), "cutoff");
            if (i > 0 && !c.isAfter(cutoffs.get(i - 1))) {
                throw new IllegalArgumentException(
                        "cutoffs must be strictly increasing: " + cutoffs.get(i - 1) + " then " + c);
            }
            if (!c.isAfter(min)) {
                throw new IllegalArgumentException("cutoff " + c + " is not after the first observed day " + min);
            }
            if (c.isAfter(maxCutoff)) {
                throw new IllegalArgumentException("cutoff " + c + " is after the last observed day minus the horizon ("
                        + maxCutoff + "): no full horizon left to evaluate");
            }
        }
    }

    private static void positive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0 days: " + v);
        }
    }

    private static long[] observedDays(TimeSeries s) {
        return IntStream.range(0, s.size())
                .filter(i -> !Double.isNaN(s.y(i)))
                .mapToLong(i -> s.ds(i).toEpochDay())
                .toArray();
    }

    private static boolean anyIn(long[] obs, long after, long until) {
        for (long d : obs) {
            if (d > after && d <= until) {
                return true;
            }
        }
        return false;
    }

    private static long lastAtOrBefore(long[] obs, long day) {
        long best = obs[0];
        for (long d : obs) {
            if (d <= day) {
                best = d;
            }
        }
        return best;
    }
}
