package org.fantastictrain.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A daily series: strictly increasing dates and their values. Days may be missing from
 * {@code ds}, and a value may be {@link Double#NaN} (missing). Immutable; arrays are copied.
 */
public final class TimeSeries {
    private final LocalDate[] ds;
    private final double[] y;

    private TimeSeries(LocalDate[] ds, double[] y) {
        this.ds = ds;
        this.y = y;
    }

    /**
     * Builds a series from possibly unsorted dates; sorts them.
     *
     * @throws IllegalArgumentException on null dates, duplicate dates, infinite values or length mismatch
     */
    public static TimeSeries of(LocalDate[] ds, double[] y) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(y, "y");
        if (ds.length != y.length) {
            throw new IllegalArgumentException("ds and y differ in length: " + ds.length + " vs " + y.length);
        }
        Integer[] order = new Integer[ds.length];
        for (int i = 0; i < ds.length; i++) {
            if (ds[i] == null) {
                throw new IllegalArgumentException("null date at index " + i);
            }
            if (Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("non-finite value " + y[i] + " on " + ds[i]);
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> ds[a].compareTo(ds[b]));
        LocalDate[] sd = new LocalDate[ds.length];
        double[] sy = new double[ds.length];
        for (int i = 0; i < order.length; i++) {
            sd[i] = ds[order[i]];
            sy[i] = y[order[i]];
            if (i > 0 && sd[i].equals(sd[i - 1])) {
                throw new IllegalArgumentException("duplicate date " + sd[i]);
            }
        }
        return new TimeSeries(sd, sy);
    }

    public int size() {
        return ds.length;
    }

    public LocalDate ds(int i) {
        return ds[i];
    }

    public double y(int i) {
        return y[i];
    }

    public LocalDate start() {
        return ds[0];
    }

    public LocalDate end() {
        return ds[ds.length - 1];
    }

    /** A copy of the dates. */
    public LocalDate[] dates() {
        return ds.clone();
    }

    /** A copy of the values. */
    public double[] values() {
        return y.clone();
    }

    /** The days {@code <= cutoff}. */
    public TimeSeries upTo(LocalDate cutoff) {
        int n = 0;
        while (n < ds.length && !ds[n].isAfter(cutoff)) {
            n++;
        }
        return new TimeSeries(Arrays.copyOf(ds, n), Arrays.copyOf(y, n));
    }

    /** The days in {@code (after, until]}. */
    public TimeSeries between(LocalDate after, LocalDate until) {
        int a = 0;
        while (a < ds.length && !ds[a].isAfter(after)) {
            a++;
        }
        int b = a;
        while (b < ds.length && !ds[b].isAfter(until)) {
            b++;
        }
        return new TimeSeries(Arrays.copyOfRange(ds, a, b), Arrays.copyOfRange(y, a, b));
    }
}
