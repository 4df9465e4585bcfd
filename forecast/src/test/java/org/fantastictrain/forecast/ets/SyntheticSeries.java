package org.fantastictrain.forecast.ets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fantastictrain.forecast.TimeSeries;

/** Seeded synthetic daily series: level + trend + weekly pattern + Gaussian noise. */
final class SyntheticSeries {
    static final LocalDate START = LocalDate.of(2019, 3, 4);
    static final double[] WEEK = {1.5, 1.0, 0.5, 0.0, -0.5, -1.2, -1.3};

    private final double level;
    private final double slope;
    private final double weekly;
    private final double noise;
    private final long seed;

    private SyntheticSeries(double level, double slope, double weekly, double noise, long seed) {
        this.level = level;
        this.slope = slope;
        this.weekly = weekly;
        this.noise = noise;
        this.seed = seed;
    }

    static SyntheticSeries levelTrendWeekly(double level, double slope, double noise, long seed) {
        return new SyntheticSeries(level, slope, 1.0, noise, seed);
    }

    /** The noise-free value on day {@code t} after {@link #START}. */
    double mean(int t) {
        return level + slope * t + weekly * WEEK[t % 7];
    }

    /** Values on days {@code 0 .. days-1}, noise drawn in order from the seed. */
    double[] values(int days) {
        Random random = new Random(seed);
        double[] y = new double[days];
        for (int t = 0; t < days; t++) {
            y[t] = mean(t) + noise * random.nextGaussian();
        }
        return y;
    }

    static TimeSeries series(double[] values) {
        LocalDate[] ds = new LocalDate[values.length];
        for (int i = 0; i < values.length; i++) {
            ds[i] = START.plusDays(i);
        }
        return TimeSeries.of(ds, values);
    }

    static TimeSeries series(double[] values, int from, int to) {
        double[] part = new double[to - from];
        LocalDate[] ds = new LocalDate[to - from];
        for (int i = from; i < to; i++) {
            part[i - from] = values[i];
            ds[i - from] = START.plusDays(i);
        }
        return TimeSeries.of(ds, part);
    }

    static List<LocalDate> days(int from, int to) {
        List<LocalDate> days = new ArrayList<>();
        for (int t = from; t < to; t++) {
            days.add(START.plusDays(t));
        }
        return days;
    }
}
