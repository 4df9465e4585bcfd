package org.fantastictrain.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Builds synthetic daily series for tests: value by day index, seeded Gaussian noise. */
public final class Synthetic {
    public static final LocalDate START = LocalDate.of(2018, 1, 1);

    private Synthetic() {}

    public static TimeSeries series(int days, IntToDoubleFunction signal, double noiseSd, long seed) {
        Random r = new Random(seed);
        LocalDate[] ds = new LocalDate[days];
        double[] y = new double[days];
        for (int i = 0; i < days; i++) {
            ds[i] = START.plusDays(i);
            y[i] = signal.applyAsDouble(i) + noiseSd * r.nextGaussian();
        }
        return TimeSeries.of(ds, y);
    }

    public static List<LocalDate> days(int fromIndex, int toIndexExclusive) {
        List<LocalDate> out = new ArrayList<>();
        for (int i = fromIndex; i < toIndexExclusive; i++) {
            out.add(START.plusDays(i));
        }
        return out;
    }

    /** Weekly sine of the given amplitude, aligned to the epoch day so any model with weekly Fourier terms can fit it. */
    public static double weekly(int i, double amplitude) {
        long d = START.plusDays(i).toEpochDay();
        return amplitude * Math.sin(2 * Math.PI * (d % 7) / 7.0);
    }

    public static double yearly(int i, double amplitude) {
        long d = START.plusDays(i).toEpochDay();
        return amplitude * Math.cos(2 * Math.PI * d / 365.25);
    }
}
