package org.fantastictrain.forecast.baseline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.TimeSeries;

/**
 * The fitted naive model with lag {@code period} (1 for naive, 7 for weekly seasonal naive): a
 * day's forecast is the latest observed value a whole number {@code j >= 1} of periods earlier,
 * with standard deviation {@code sigma * sqrt(j)}.
 */
final class LaggedNaiveModel implements FittedModel {
    static final String OFFSETS = "observed_offsets";
    static final String VALUES = "observed_values";
    static final String SIGMA = "sigma";

    private final String algorithm;
    private final int period;
    private final LocalDate start;
    private final LocalDate end;
    /** Values on the daily grid {@code start..end}, NaN where missing. */
    private final double[] grid;

    private final double sigma;

    private LaggedNaiveModel(
            String algorithm, int period, LocalDate start, LocalDate end, double[] grid, double sigma) {
        this.algorithm = algorithm;
        this.period = period;
        this.start = start;
        this.end = end;
        this.grid = grid;
        this.sigma = sigma;
    }

    static LaggedNaiveModel fit(String algorithm, int period, TimeSeries history) {
        if (history == null || history.size() == 0) {
            throw new IllegalArgumentException(algorithm + ": the history is empty");
        }
        LocalDate start = history.start();
        LocalDate end = history.end();
        double[] grid = emptyGrid(start, end);
        int observed = 0;
        for (int i = 0; i < history.size(); i++) {
            double y = history.y(i);
            grid[(int) ChronoUnit.DAYS.between(start, history.ds(i))] = y;
            if (!Double.isNaN(y)) {
                observed++;
            }
        }
        if (observed == 0) {
            throw new IllegalArgumentException(algorithm + ": every value in the history is missing");
        }
        // Lag-j differences have variance j * sigma^2 under the random-walk model, so each squared
        // difference is divided by j to estimate sigma^2 from gappy histories too.
        double sum = 0.0;
        int count = 0;
        for (int t = 0; t < grid.length; t++) {
            if (Double.isNaN(grid[t])) {
                continue;
            }
            int j = 1;
            while (t - j * period >= 0 && Double.isNaN(grid[t - j * period])) {
                j++;
            }
            if (t - j * period >= 0) {
                double e = grid[t] - grid[t - j * period];
                sum += e * e / j;
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException(algorithm + ": too little history, it needs two observed values "
                    + period + " day(s) apart (a multiple of " + period + ")");
        }
        return new LaggedNaiveModel(algorithm, period, start, end, grid, Math.sqrt(sum / count));
    }

    static LaggedNaiveModel fromParameters(
            String algorithm,
            int period,
            Map<String, Object> parameters,
            LocalDate trainingStart,
            LocalDate trainingEnd) {
        if (trainingStart == null || trainingEnd == null || trainingEnd.isBefore(trainingStart)) {
            throw new IllegalArgumentException(
                    algorithm + ": invalid training window " + trainingStart + " .. " + trainingEnd);
        }
        double sigma = CodecParameters.number(parameters, SIGMA);
        if (!(sigma >= 0.0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(algorithm + ": sigma must be finite and >= 0, got " + sigma);
        }
        int[] offsets = CodecParameters.integers(parameters, OFFSETS);
        double[] values = CodecParameters.doubles(parameters, VALUES);
        if (offsets.length != values.length || offsets.length == 0) {
            throw new IllegalArgumentException(
                    algorithm + ": observed offsets and values must be non-empty and of equal length");
        }
        double[] grid = emptyGrid(trainingStart, trainingEnd);
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0 || offsets[i] >= grid.length || (i > 0 && offsets[i] <= offsets[i - 1])) {
                throw new IllegalArgumentException(
                        algorithm + ": observed offsets must be increasing and inside the training window");
            }
            grid[offsets[i]] = values[i];
        }
        return new LaggedNaiveModel(algorithm, period, trainingStart, trainingEnd, grid, sigma);
    }

    Map<String, Object> parameters() {
        List<Integer> offsets = new ArrayList<>();
        for (int t = 0; t < grid.length; t++) {
            if (!Double.isNaN(grid[t])) {
                offsets.add(t);
            }
        }
        double[] values = new double[offsets.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = grid[offsets.get(i)];
        }
        return Map.of(SIGMA, sigma, OFFSETS, offsets, VALUES, values);
    }

    int period() {
        return period;
    }

    /** Residual standard deviation of one-lag differences. */
    double sigma() {
        return sigma;
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    @Override
    public LocalDate trainingStart() {
        return start;
    }

    @Override
    public LocalDate trainingEnd() {
        return end;
    }

    @Override
    public Forecast predict(List<LocalDate> days, double intervalWidth) {
        double z = NormalQuantile.centralMultiplier(intervalWidth);
        if (days == null) {
            throw new IllegalArgumentException("days must not be null");
        }
        int n = days.size();
        double[] yhat = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        int last = grid.length - 1;
        for (int i = 0; i < n; i++) {
            LocalDate day = days.get(i);
            if (day == null) {
                throw new IllegalArgumentException("null day at index " + i);
            }
            long offset = ChronoUnit.DAYS.between(start, day);
            long j = offset > last ? Math.max(1, ceilDiv(offset - last, period)) : 1;
            long source = offset - j * period;
            while (source >= 0 && Double.isNaN(grid[(int) source])) {
                j++;
                source -= period;
            }
            if (source < 0) {
                yhat[i] = Double.NaN;
                lower[i] = Double.NaN;
                upper[i] = Double.NaN;
                continue;
            }
            double value = grid[(int) source];
            double half = z * sigma * Math.sqrt(j);
            yhat[i] = value;
            lower[i] = value - half;
            upper[i] = value + half;
        }
        return new Forecast(days, yhat, lower, upper, intervalWidth);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static double[] emptyGrid(LocalDate start, LocalDate end) {
        long length = ChronoUnit.DAYS.between(start, end) + 1;
        if (length > 1_000_000) {
            throw new IllegalArgumentException("history spans too many days: " + length);
        }
        double[] grid = new double[(int) length];
        Arrays.fill(grid, Double.NaN);
        return grid;
    }
}
