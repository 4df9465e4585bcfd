package org.fantastictrain.forecast.ets;

/**
 * Maximum-likelihood estimation of one concrete ETS form. With additive Gaussian errors the
 * likelihood is maximised by minimising the one-step sum of squared errors (equivalently
 * {@code n log(SSE/n)}), over the smoothing parameters and the initial states together.
 *
 * <p>The search alternates two exact-or-descending steps until the SSE stops improving: the
 * initial states by linear least squares (the errors are affine in them), then the smoothing
 * parameters by Nelder-Mead with the initial states fixed. Smoothing parameters are kept in the
 * usual region of Hyndman's ETS through logistic transforms: {@code 1e-4 <= alpha <= 0.9999},
 * {@code 1e-4 <= beta <= alpha}, {@code 1e-4 <= gamma <= 1 - alpha}, {@code 0.8 <= phi <= 0.98}.
 */
final class EtsEstimator {
    static final double LOWER = 1e-4;
    static final double ALPHA_UPPER = 0.9999;
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.98;

    private static final int MAX_ROUNDS = 30;
    private static final double ROUND_TOLERANCE = 1e-9;

    private final EtsForm form;
    private final EtsFilter filter;
    private final double[] initial;
    private final double[] smoothing = new double[4];

    private EtsEstimator(EtsForm form, int period, double[] grid) {
        this.form = form;
        this.filter = new EtsFilter(grid, form.hasTrend(), form.isSeasonal() ? period : 1);
        this.initial = new double[filter.freeInitialStates()];
    }

    /** Fits a concrete form; the grid has already been checked to support it. */
    static EtsModel.Parameters estimate(EtsForm form, int period, double[] grid) {
        return new EtsEstimator(form, period, grid).run(period);
    }

    private EtsModel.Parameters run(int period) {
        double[] u = startingPoint();
        toSmoothing(u);
        filter.leastSquaresInitialStates(smoothing[0], smoothing[1], smoothing[2], smoothing[3], initial);
        double previous = sse(u);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            NelderMead.minimize(this::sse, u, round == 0 ? 1.0 : 0.25, 200 * u.length, 1e-8);
            toSmoothing(u);
            filter.leastSquaresInitialStates(smoothing[0], smoothing[1], smoothing[2], smoothing[3], initial);
            double current = sse(u);
            if (!(previous - current > ROUND_TOLERANCE * previous)) {
                break;
            }
            previous = current;
        }
        toSmoothing(u);
        double level = initial[0];
        double trend = form.hasTrend() ? initial[1] : 0.0;
        double[] season = new double[form.isSeasonal() ? period : 0];
        int offset = form.hasTrend() ? 2 : 1;
        double last = 0.0;
        for (int k = 0; k + 1 < season.length; k++) {
            season[k] = initial[offset + k];
            last -= season[k];
        }
        if (season.length > 0) {
            season[season.length - 1] = last;
        }
        return new EtsModel.Parameters(
                form, period, smoothing[0], smoothing[1], smoothing[2], smoothing[3], level, trend, season);
    }

    /**
     * The best point of a coarse grid of smoothing parameters, each with its least-squares initial
     * states. The SSE is often bimodal in gamma (a frozen season against a moving one), so a
     * single fixed start can settle in the worse basin.
     */
    private double[] startingPoint() {
        double[] alphas = {0.05, 0.2, 0.5, 0.8};
        double[] gammaShares = form.isSeasonal() ? new double[] {0.01, 0.1, 0.4} : new double[] {0.0};
        double[] u = new double[form.smoothingCount()];
        double[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (double alpha : alphas) {
            for (double gammaShare : gammaShares) {
                int i = 0;
                u[i++] = logit((alpha - LOWER) / (ALPHA_UPPER - LOWER));
                if (form.hasTrend()) {
                    u[i++] = logit(0.05);
                }
                if (form.isSeasonal()) {
                    u[i++] = logit(gammaShare);
                }
                if (form.isDamped()) {
                    u[i] = logit((0.95 - PHI_LOWER) / (PHI_UPPER - PHI_LOWER));
                }
                double value = profiledSse(u);
                if (value < bestSse) {
                    bestSse = value;
                    best = u.clone();
                }
            }
        }
        return best;
    }

    private double profiledSse(double[] u) {
        toSmoothing(u);
        filter.leastSquaresInitialStates(smoothing[0], smoothing[1], smoothing[2], smoothing[3], initial);
        return filter.sse(smoothing[0], smoothing[1], smoothing[2], smoothing[3], initial);
    }

    private double sse(double[] u) {
        toSmoothing(u);
        return filter.sse(smoothing[0], smoothing[1], smoothing[2], smoothing[3], initial);
    }

    /** Maps unconstrained coordinates to alpha, beta, gamma, phi in the usual region. */
    private void toSmoothing(double[] u) {
        int i = 0;
        double alpha = LOWER + (ALPHA_UPPER - LOWER) * logistic(u[i++]);
        double beta = form.hasTrend() ? LOWER + (alpha - LOWER) * logistic(u[i++]) : 0.0;
        double gamma = form.isSeasonal() ? LOWER + (1.0 - alpha - LOWER) * logistic(u[i++]) : 0.0;
        double phi = form.isDamped() ? PHI_LOWER + (PHI_UPPER - PHI_LOWER) * logistic(u[i]) : 1.0;
        smoothing[0] = alpha;
        smoothing[1] = beta;
        smoothing[2] = gamma;
        smoothing[3] = phi;
    }

    private static double logistic(double u) {
        return 1.0 / (1.0 + StrictMath.exp(-u));
    }

    private static double logit(double p) {
        return StrictMath.log(p / (1.0 - p));
    }
}
