package org.fantastictrain.forecast.prophet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;

/**
 * The Prophet-class additive model: piecewise-linear trend with sparse changepoints, Fourier
 * seasonalities and holiday effects, fitted by maximum a posteriori on the scaled series. See the
 * package documentation for the algorithm. Thread-safe and stateless.
 */
public final class ProphetForecaster implements Forecaster {
    /** The algorithm name stored with fitted models. */
    public static final String ALGORITHM = "prophet";

    private static final double TREND_PRIOR_PRECISION = 1.0 / 25; // k, m ~ N(0, 5)
    private static final double HUBER_C = 2.0;
    private static final double MAX_PHI = 0.999;
    private static final int SIGMA_ITERATIONS = 5;
    /** Full steps when starting from a previous solution (robust and multiplicative rounds). */
    private static final int WARM_SIGMA_ITERATIONS = 2;

    private static final int WARM_ITERATIONS = 30;
    private static final int ITERATIONS = 60;

    private final ProphetConfig config;

    public ProphetForecaster(ProphetConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A forecaster with Prophet's defaults. */
    public ProphetForecaster() {
        this(ProphetConfig.prophetDefaults());
    }

    public ProphetConfig config() {
        return config;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public ProphetModel fit(TimeSeries history) {
        return fit(history, null);
    }

    /**
     * Fits with per-observation weights (same length as the history; 0 excludes a day, e.g. an
     * outlier; {@code null} means all 1).
     */
    public ProphetModel fit(TimeSeries history, double[] weights) {
        return solve(prepare(history, weights));
    }

    private Prepared prepare(TimeSeries history, double[] weights) {
        Objects.requireNonNull(history, "history");
        if (weights != null && weights.length != history.size()) {
            throw new IllegalArgumentException(
                    "weights length " + weights.length + " differs from history length " + history.size());
        }
        int total = history.size();
        int n = 0;
        for (int i = 0; i < total; i++) {
            double wi = weights == null ? 1 : weights[i];
            if (!(wi >= 0) || !Double.isFinite(wi)) {
                throw new IllegalArgumentException("weights must be finite and >= 0: " + wi + " on " + history.ds(i));
            }
            if (!Double.isNaN(history.y(i)) && wi > 0) {
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("the history has no observed values (all missing or zero weight)");
        }
        long[] days = new long[n];
        double[] y = new double[n];
        double[] w = new double[n];
        int k = 0;
        double scale = 0;
        for (int i = 0; i < total; i++) {
            double wi = weights == null ? 1 : weights[i];
            if (!Double.isNaN(history.y(i)) && wi > 0) {
                days[k] = history.ds(i).toEpochDay();
                y[k] = history.y(i);
                w[k] = wi;
                scale = Math.max(scale, Math.abs(y[k]));
                k++;
            }
        }
        if (n < 3) {
            throw new IllegalArgumentException("too little history: " + n + " observed days, need at least 3");
        }
        double min = Arrays.stream(y).min().orElseThrow();
        double max = Arrays.stream(y).max().orElseThrow();
        if (min == max) {
            throw new IllegalArgumentException("the history is constant (" + min + "): nothing to fit");
        }
        long span = days[n - 1] - days[0];
        if (config.yearlyOrder() > 0 && span < 365) {
            throw new IllegalArgumentException("too little history for yearly seasonality: " + (span + 1)
                    + " days, need at least 366 (set yearlyOrder 0)");
        }
        if (config.weeklyOrder() > 0 && span < 14) {
            throw new IllegalArgumentException("too little history for weekly seasonality: " + (span + 1)
                    + " days, need at least 15 (set weeklyOrder 0)");
        }
        for (Seasonality s : config.customSeasonalities()) {
            if (span < 2 * s.periodDays()) {
                throw new IllegalArgumentException("too little history for seasonality '" + s.name() + "': "
                        + (span + 1) + " days, need two periods (" + (int) Math.ceil(2 * s.periodDays()) + ")");
            }
        }
        for (int i = 0; i < n; i++) {
            y[i] /= scale;
        }
        double tSpan = span;
        double[] cps = changepoints(days, days[0], tSpan);
        List<String> holidayKeys = Design.holidayKeys(config, days[0], days[n - 1]);
        Design design = new Design(config, cps, holidayKeys, days[0], tSpan);
        int p = design.width();
        double[] x = design.matrix(days);
        return new Prepared(
                history.start(),
                history.end(),
                days,
                y,
                w,
                scale,
                tSpan,
                cps,
                holidayKeys,
                design,
                x,
                Dense.gram(x, w, n, p),
                Dense.xtwy(x, w, y, n, p));
    }

    /** The prior-independent part of a fit: scaled observations, design matrix, Gram matrix. */
    private record Prepared(
            LocalDate start,
            LocalDate end,
            long[] days,
            double[] y,
            double[] w,
            double scale,
            double tSpan,
            double[] cps,
            List<String> holidayKeys,
            Design design,
            double[] x,
            double[] gram,
            double[] xtwy) {}

    /**
     * Fits several configurations on the same history, computing the design and Gram matrices once
     * for all configurations that differ only in prior scales, robust fitting and residual
     * correction. Each model is identical to the one its own {@link #fit(TimeSeries)} returns.
     *
     * @throws IllegalArgumentException as {@link #fit(TimeSeries)} does, for the first configuration that fails
     */
    public static List<ProphetModel> fitAll(List<ProphetConfig> configs, TimeSeries history) {
        Map<ProphetConfig, Prepared> shared = new HashMap<>();
        List<ProphetModel> out = new ArrayList<>(configs.size());
        for (ProphetConfig c : configs) {
            ProphetForecaster f = new ProphetForecaster(c);
            Prepared prepared = shared.computeIfAbsent(designKey(c), k -> f.prepare(history, null));
            out.add(f.solve(prepared));
        }
        return out;
    }

    /** The configuration with everything that does not shape the design matrix set to a fixed value. */
    private static ProphetConfig designKey(ProphetConfig c) {
        return c.toBuilder()
                .changepointPriorScale(1)
                .seasonalityPriorScale(1)
                .holidaysPriorScale(1)
                .robust(false)
                .residualCorrection(false)
                .seasonalityMode(SeasonalityMode.ADDITIVE)
                .build();
    }

    private ProphetModel solve(Prepared pr) {
        long[] days = pr.days();
        double[] y = pr.y();
        double[] w = pr.w();
        int n = days.length;
        Design design = pr.design();
        int p = design.width();
        double[] x = pr.x();
        double[] cps = pr.cps();
        double tSpan = pr.tSpan();
        double[] prec = new double[p];
        boolean[] l1 = new boolean[p];
        prec[0] = TREND_PRIOR_PRECISION;
        prec[1] = TREND_PRIOR_PRECISION;
        for (int j = 2; j < design.trendColumns(); j++) {
            l1[j] = true;
        }
        double sp = 1 / (config.seasonalityPriorScale() * config.seasonalityPriorScale());
        double hp = 1 / (config.holidaysPriorScale() * config.holidaysPriorScale());
        for (int j = design.trendColumns(); j < p; j++) {
            prec[j] = j < design.trendColumns() + design.seasonalColumns() ? sp : hp;
        }

        double[] fitWeights = w.clone();
        boolean multiplicative = config.seasonalityMode() == SeasonalityMode.MULTIPLICATIVE;
        double[] xFit = x;
        double[] g = pr.gram().clone();
        double[] b = pr.xtwy().clone();
        double[] theta = map(g, b, y, fitWeights, n, p, prec, l1, null, SIGMA_ITERATIONS, ITERATIONS);
        if (config.robust()) {
            for (int round = 0; round < 2; round++) {
                double[] newWeights = new double[n];
                huberWeights(y, fitted(x, theta, n, p, design.trendColumns(), false), w, newWeights);
                double[] dw = new double[n];
                for (int i = 0; i < n; i++) {
                    dw[i] = newWeights[i] - fitWeights[i];
                }
                Dense.updateGram(g, xFit, dw, n, p);
                double[] db = Dense.xtwy(xFit, dw, y, n, p);
                for (int j = 0; j < p; j++) {
                    b[j] += db[j];
                }
                fitWeights = newWeights;
                theta = map(g, b, y, fitWeights, n, p, prec, l1, theta, WARM_SIGMA_ITERATIONS, WARM_ITERATIONS);
            }
        }
        if (multiplicative) {
            for (int round = 0; round < 2; round++) {
                xFit = multiplicativeDesign(x, theta, n, p, design.trendColumns());
                g = Dense.gram(xFit, fitWeights, n, p);
                b = Dense.xtwy(xFit, fitWeights, y, n, p);
                theta = map(g, b, y, fitWeights, n, p, prec, l1, theta, WARM_SIGMA_ITERATIONS, WARM_ITERATIONS);
            }
        }

        double[] fitted = fitted(x, theta, n, p, design.trendColumns(), multiplicative);
        double rss = 0;
        double sw = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - fitted[i];
            rss += w[i] * r * r;
            sw += w[i];
        }
        double sigma = Math.sqrt(rss / sw);
        double num = 0;
        double den = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (days[i + 1] == days[i] + 1) { // pairs of consecutive days only
                double r0 = y[i] - fitted[i];
                den += r0 * r0;
                num += r0 * (y[i + 1] - fitted[i + 1]);
            }
        }
        double phi = den > 0 ? Math.max(0, Math.min(MAX_PHI, num / den)) : 0;
        double lastResidual = y[n - 1] - fitted[n - 1];
        double deltaMeanAbs = 1e-8;
        for (int j = 2; j < design.trendColumns(); j++) {
            deltaMeanAbs += Math.abs(theta[j]) / cps.length;
        }
        LocalDate lastObserved = LocalDate.ofEpochDay(days[n - 1]);
        return new ProphetModel(
                config,
                pr.holidayKeys(),
                pr.start(),
                pr.end(),
                lastObserved,
                days[0],
                tSpan,
                cps,
                pr.scale(),
                theta,
                sigma,
                phi,
                lastResidual,
                deltaMeanAbs);
    }

    /** Prophet's placement: evenly spaced over the observed rows of the first {@code changepointRange} of the history. */
    private double[] changepoints(long[] days, long start, double tSpan) {
        int n = days.length;
        int histSize = (int) Math.floor(n * config.changepointRange());
        int count = Math.min(config.changepoints(), Math.max(0, histSize - 1));
        double[] cps = new double[count];
        for (int j = 1; j <= count; j++) {
            int idx = (int) Math.round((double) j * (histSize - 1) / count);
            cps[j - 1] = (days[idx] - start) / tSpan;
        }
        return cps;
    }

    /**
     * MAP estimate for fixed weights: minimises {@code sum w r^2 / (2 sigma^2) + n log sigma
     * + sum |delta| / tau + sum beta^2 / (2 s^2)} by iteratively reweighted ridge: the L1 term is
     * replaced at each step by its local quadratic bound {@code delta^2 / (2 tau |delta_prev|)}
     * (a majorise-minimise step, so the objective never increases) and sigma takes its closed form.
     * After {@link #SIGMA_ITERATIONS} steps ({@link #WARM_SIGMA_ITERATIONS} from a warm start)
     * sigma is frozen and the Gaussian-prior columns are eliminated (Schur complement), so the
     * remaining steps ({@link #ITERATIONS} in all, {@link #WARM_ITERATIONS} from a warm start) solve
     * only the rate-change system. The number of steps is fixed, which keeps the fit deterministic
     * and its cost bounded.
     */
    private double[] map(
            double[] g,
            double[] b,
            double[] y,
            double[] w,
            int n,
            int p,
            double[] prec,
            boolean[] l1,
            double[] start,
            int sigmaIterations,
            int iterations) {
        double yy = 0;
        double sw = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            yy += w[i] * y[i] * y[i];
            sw += w[i];
            mean += w[i] * y[i];
        }
        mean /= sw;
        double tau = config.changepointPriorScale();
        double sigma2 = Math.max(yy / sw - mean * mean, 1e-12) * 0.25;
        double[] theta = start;
        double[] d = new double[p];
        for (int it = 0; it < sigmaIterations; it++) {
            for (int j = 0; j < p; j++) {
                if (l1[j]) {
                    d[j] = theta == null
                            ? sigma2 / (2 * tau * tau)
                            : sigma2 / (tau * Math.max(Math.abs(theta[j]), 1e-7));
                } else {
                    d[j] = sigma2 * prec[j];
                }
            }
            theta = Dense.solve(g, d, b, p);
            sigma2 = rss(g, b, yy, theta, p) / sw;
        }
        int nl = 0;
        for (boolean v : l1) {
            nl += v ? 1 : 0;
        }
        if (nl == 0) {
            return theta;
        }
        int nr = p - nl;
        int[] li = new int[nl];
        int[] ri = new int[nr];
        for (int j = 0, a = 0, c = 0; j < p; j++) {
            if (l1[j]) {
                li[a++] = j;
            } else {
                ri[c++] = j;
            }
        }
        // eliminate the Gaussian-prior block: A_RR = G_RR + sigma2 diag(prec_R)
        double[] arr = new double[nr * nr];
        for (int a = 0; a < nr; a++) {
            for (int c = 0; c < nr; c++) {
                arr[a * nr + c] = g[ri[a] * p + ri[c]];
            }
            arr[a * nr + a] += sigma2 * prec[ri[a]];
        }
        double[] chol = Dense.cholesky(arr, nr);
        double[] m = new double[nr * nl]; // A_RR^-1 G_RL, column by column
        double[] col = new double[nr];
        for (int c = 0; c < nl; c++) {
            for (int a = 0; a < nr; a++) {
                col[a] = g[ri[a] * p + li[c]];
            }
            double[] sol = Dense.solveCholesky(chol, col, nr);
            for (int a = 0; a < nr; a++) {
                m[a * nl + c] = sol[a];
            }
        }
        double[] br = new double[nr];
        for (int a = 0; a < nr; a++) {
            br[a] = b[ri[a]];
        }
        double[] v = Dense.solveCholesky(chol, br, nr);
        double[] q = new double[nl * nl];
        double[] ql = new double[nl];
        for (int a = 0; a < nl; a++) {
            for (int c = 0; c < nl; c++) {
                double s = g[li[a] * p + li[c]];
                for (int k = 0; k < nr; k++) {
                    s -= g[li[a] * p + ri[k]] * m[k * nl + c];
                }
                q[a * nl + c] = s;
            }
            double s = b[li[a]];
            for (int k = 0; k < nr; k++) {
                s -= g[li[a] * p + ri[k]] * v[k];
            }
            ql[a] = s;
        }
        double[] delta = new double[nl];
        for (int a = 0; a < nl; a++) {
            delta[a] = theta[li[a]];
        }
        double[] dl = new double[nl];
        for (int it = sigmaIterations; it < iterations; it++) {
            for (int a = 0; a < nl; a++) {
                dl[a] = sigma2 / (tau * Math.max(Math.abs(delta[a]), 1e-7));
            }
            delta = Dense.solve(q, dl, ql, nl);
        }
        double[] out = new double[p];
        for (int a = 0; a < nl; a++) {
            out[li[a]] = delta[a];
        }
        for (int a = 0; a < nr; a++) {
            double s = v[a];
            for (int c = 0; c < nl; c++) {
                s -= m[a * nl + c] * delta[c];
            }
            out[ri[a]] = s;
        }
        return out;
    }

    private static double rss(double[] g, double[] b, double yy, double[] theta, int p) {
        return Math.max(yy - 2 * Dense.dot(theta, b) + Dense.quadratic(g, theta, p), 1e-12);
    }

    static double[] fitted(double[] x, double[] theta, int n, int p, int trendColumns, boolean multiplicative) {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            int o = i * p;
            double trend = 0;
            for (int j = 0; j < trendColumns; j++) {
                trend += x[o + j] * theta[j];
            }
            double other = 0;
            for (int j = trendColumns; j < p; j++) {
                other += x[o + j] * theta[j];
            }
            f[i] = multiplicative ? trend * (1 + other) : trend + other;
        }
        return f;
    }

    private static double[] multiplicativeDesign(double[] x, double[] theta, int n, int p, int trendColumns) {
        double[] m = x.clone();
        for (int i = 0; i < n; i++) {
            int o = i * p;
            double trend = 0;
            for (int j = 0; j < trendColumns; j++) {
                trend += x[o + j] * theta[j];
            }
            for (int j = trendColumns; j < p; j++) {
                m[o + j] = x[o + j] * trend;
            }
        }
        return m;
    }

    /** The k-th smallest value (Hoare's selection; reorders the array). */
    static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    /** Huber weights: days further than {@code c} robust standard deviations from the fit count less. */
    private static void huberWeights(double[] y, double[] fitted, double[] w, double[] out) {
        int n = y.length;
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(y[i] - fitted[i]);
        }
        double s = 1.4826 * select(abs.clone(), n / 2);
        double limit = HUBER_C * Math.max(s, 1e-12);
        for (int i = 0; i < n; i++) {
            out[i] = abs[i] <= limit ? w[i] : w[i] * limit / abs[i];
        }
    }
}
