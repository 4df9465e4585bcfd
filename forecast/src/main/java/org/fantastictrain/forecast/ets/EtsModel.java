package org.fantastictrain.forecast.ets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.baseline.NormalQuantile;

/**
 * A fitted additive-error ETS model (algorithm {@code ets}): its form, smoothing parameters,
 * initial states and the training values on the daily grid. Everything else (final states,
 * in-sample fit, residual variance, AICc) is derived from these deterministically, so a model
 * rebuilt from its {@link EtsCodec} parameters forecasts bit-identically.
 *
 * <p>Forecasts for days after the training end follow the state equations with the errors set to
 * zero; in-sample days get their one-step fitted value. Intervals are Gaussian with the analytic
 * variance of class-1 (linear, additive-error) ETS models, see the package description. Days with
 * no day before them in the training window get {@code NaN}.
 */
public final class EtsModel implements FittedModel {

    /** What a fitted model is made of; the season array has {@code period} entries or none. */
    record Parameters(
            EtsForm form,
            int period,
            double alpha,
            double beta,
            double gamma,
            double phi,
            double initialLevel,
            double initialTrend,
            double[] initialSeason) {}

    private final Parameters parameters;
    private final LocalDate start;
    private final LocalDate end;
    private final double[] grid;

    private final double[] fitted;
    private final int[] previousObserved;
    private final int lastObserved;
    private final double level;
    private final double trend;
    private final double[] season;
    private final int observed;
    private final int parameterCount;
    private final double sse;
    private final double sigma2;

    EtsModel(Parameters parameters, LocalDate start, LocalDate end, double[] grid) {
        this.parameters = parameters;
        this.start = start;
        this.end = end;
        this.grid = grid;
        int n = grid.length;
        int slots = parameters.initialSeason().length == 0 ? 1 : parameters.initialSeason().length;
        double[] s = new double[slots];
        if (parameters.initialSeason().length > 0) {
            System.arraycopy(parameters.initialSeason(), 0, s, 0, slots);
        }
        double alpha = parameters.alpha();
        double beta = parameters.beta();
        double gamma = parameters.gamma();
        double phi = parameters.phi();
        double l = parameters.initialLevel();
        double b = parameters.initialTrend();
        this.fitted = new double[n];
        this.previousObserved = new int[n];
        int last = -1;
        int count = 0;
        double sum = 0.0;
        int k = 0;
        for (int t = 0; t < n; t++) {
            double trendStep = phi * b;
            double base = l + trendStep;
            fitted[t] = base + s[k];
            previousObserved[t] = last;
            double yt = grid[t];
            if (yt == yt) {
                double e = yt - fitted[t];
                sum += e * e;
                l = base + alpha * e;
                b = trendStep + beta * e;
                s[k] += gamma * e;
                last = t;
                count++;
            } else {
                l = base;
                b = trendStep;
            }
            if (++k == slots) {
                k = 0;
            }
        }
        this.level = l;
        this.trend = b;
        this.season = s;
        this.lastObserved = last;
        this.observed = count;
        this.sse = sum;
        EtsForm form = parameters.form();
        this.parameterCount = form.smoothingCount()
                + 1
                + (form.hasTrend() ? 1 : 0)
                + (form.isSeasonal() ? parameters.period() - 1 : 0);
        if (count - parameterCount < 2) {
            throw new IllegalArgumentException(form.label() + ": too little history, " + count + " observed days for "
                    + parameterCount + " parameters");
        }
        this.sigma2 = sum / (count - parameterCount);
    }

    @Override
    public String algorithm() {
        return EtsForecaster.ALGORITHM;
    }

    @Override
    public LocalDate trainingStart() {
        return start;
    }

    @Override
    public LocalDate trainingEnd() {
        return end;
    }

    /** The concrete form (never {@link EtsForm#AUTO}). */
    public EtsForm form() {
        return parameters.form();
    }

    /** Season length in days. */
    public int period() {
        return parameters.period();
    }

    /** Level smoothing parameter. */
    public double alpha() {
        return parameters.alpha();
    }

    /** Trend smoothing parameter; 0 without trend. */
    public double beta() {
        return parameters.beta();
    }

    /** Seasonal smoothing parameter; 0 without season. */
    public double gamma() {
        return parameters.gamma();
    }

    /** Damping parameter; 1 for undamped or trendless forms. */
    public double phi() {
        return parameters.phi();
    }

    /** Residual variance: one-step SSE over (observed days minus estimated parameters). */
    public double sigma2() {
        return sigma2;
    }

    /** Number of estimated parameters: smoothing parameters and free initial states. */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * Akaike's corrected criterion, {@code n log(SSE/n) + 2K + 2K(K+1)/(n-K-1)} with {@code K} the
     * estimated parameters plus the error variance and {@code n} the observed days; comparable
     * between forms fitted on the same history.
     */
    public double aicc() {
        double n = observed;
        double k = parameterCount + 1;
        return n * StrictMath.log(sse / n) + 2 * k + 2 * k * (k + 1) / (n - k - 1);
    }

    Parameters parameters() {
        return parameters;
    }

    double[] grid() {
        return grid;
    }

    @Override
    public Forecast predict(List<LocalDate> days, double intervalWidth) {
        double z = NormalQuantile.centralMultiplier(intervalWidth);
        if (days == null) {
            throw new IllegalArgumentException("days must not be null");
        }
        int size = days.size();
        long[] offsets = new long[size];
        long maxSteps = 1;
        for (int i = 0; i < size; i++) {
            LocalDate day = days.get(i);
            if (day == null) {
                throw new IllegalArgumentException("null day at index " + i);
            }
            offsets[i] = ChronoUnit.DAYS.between(start, day);
            maxSteps = Math.max(maxSteps, stepsSinceObserved(offsets[i]));
        }
        if (maxSteps > 1_000_000) {
            throw new IllegalArgumentException("forecast horizon too long: " + maxSteps + " days");
        }
        double[] variance = varianceFactors((int) maxSteps);
        double[] yhat = new double[size];
        double[] lower = new double[size];
        double[] upper = new double[size];
        int n = grid.length;
        for (int i = 0; i < size; i++) {
            long t = offsets[i];
            if (t < 0) {
                yhat[i] = Double.NaN;
                lower[i] = Double.NaN;
                upper[i] = Double.NaN;
                continue;
            }
            double mean;
            if (t < n) {
                mean = fitted[(int) t];
            } else {
                mean = level + dampedSum(t - (n - 1)) * trend + season[(int) (t % season.length)];
            }
            double half = z * Math.sqrt(sigma2 * variance[(int) stepsSinceObserved(t)]);
            yhat[i] = mean;
            lower[i] = mean - half;
            upper[i] = mean + half;
        }
        return new Forecast(days, yhat, lower, upper, intervalWidth);
    }

    /** Steps h of the forecast of grid day t from the last observed day before it (0 if t < 0). */
    private long stepsSinceObserved(long t) {
        if (t < 0) {
            return 0;
        }
        if (t < grid.length) {
            return t - previousObserved[(int) t];
        }
        return t - lastObserved;
    }

    /**
     * {@code v[h] = 1 + sum_{j=1}^{h-1} c_j^2} with {@code c_j = alpha + beta (phi + ... + phi^j)
     * + gamma [j mod m = 0]}: the h-step variance over sigma^2 (Hyndman et al. 2008, class 1).
     */
    private double[] varianceFactors(int maxSteps) {
        double[] v = new double[maxSteps + 1];
        double alpha = parameters.alpha();
        double beta = parameters.beta();
        double gamma = parameters.gamma();
        double phi = parameters.phi();
        int m = parameters.initialSeason().length;
        double phiSum = 0.0;
        double power = 1.0;
        double total = 1.0;
        v[0] = 1.0;
        if (maxSteps >= 1) {
            v[1] = 1.0;
        }
        for (int j = 1; j < maxSteps; j++) {
            power *= phi;
            phiSum += power;
            double c = alpha + beta * phiSum + (m > 0 && j % m == 0 ? gamma : 0.0);
            total += c * c;
            v[j + 1] = total;
        }
        return v;
    }

    /** {@code phi + phi^2 + ... + phi^h}. */
    private double dampedSum(long h) {
        double phi = parameters.phi();
        if (phi == 1.0) {
            return h;
        }
        return phi * (1.0 - StrictMath.pow(phi, h)) / (1.0 - phi);
    }
}
