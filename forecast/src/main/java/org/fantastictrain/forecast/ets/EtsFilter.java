package org.fantastictrain.forecast.ets;

import java.util.Arrays;

/**
 * The additive-error ETS recursions on a regular daily grid, with the scratch space for a fit:
 * the one-step sum of squared errors for given parameters and initial states, and the
 * least-squares initial states for given smoothing parameters. Missing days (NaN) are predicted
 * but not used to update the states. Not thread-safe; one per fit.
 *
 * <p>Recursions (Hyndman &amp; Athanasopoulos, FPP section 8.4, ETS(A,Ad,A)):
 * {@code e = y - (l + phi b + s)}, {@code l' = l + phi b + alpha e}, {@code b' = phi b + beta e},
 * {@code s' = s + gamma e}. Non-damped forms use {@code phi = 1}; forms without trend or season
 * keep that component at zero.
 */
final class EtsFilter {
    private final double[] y;
    private final int slots;
    private final boolean trend;
    private final int free;
    private final double[] season;

    private final int width;
    private final double[] level;
    private final double[] slope;
    private final double[] seasons;
    private final double[] predicted;
    private final double[] normal;
    private final double[] rhs;

    /**
     * @param y values on the daily grid, NaN where missing
     * @param slots season length, or 1 for forms without season
     */
    EtsFilter(double[] y, boolean trend, int slots) {
        this.y = y;
        this.trend = trend;
        this.slots = slots;
        this.free = 1 + (trend ? 1 : 0) + (slots - 1);
        this.season = new double[slots];
        this.width = free + 1;
        this.level = new double[width];
        this.slope = new double[width];
        this.seasons = new double[slots * width];
        this.predicted = new double[width];
        this.normal = new double[free * free];
        this.rhs = new double[free];
    }

    /** Number of free initial-state coordinates: level, trend, and all but one seasonal state. */
    int freeInitialStates() {
        return free;
    }

    /**
     * Sum of squared one-step errors over the observed days.
     *
     * @param initial free initial states: level, trend (if any), the first {@code slots - 1}
     *     seasonal states (the last is minus their sum)
     */
    double sse(double alpha, double beta, double gamma, double phi, double[] initial) {
        double l = initial[0];
        double b = trend ? initial[1] : 0.0;
        int offset = trend ? 2 : 1;
        double last = 0.0;
        for (int k = 0; k < slots - 1; k++) {
            season[k] = initial[offset + k];
            last -= season[k];
        }
        season[slots - 1] = last;
        // The same recursions, rearranged so that the next l and b are direct linear combinations
        // of the previous ones and the deseasoned value; the error, needed only for the sum and
        // the season, is then off that serial chain. This roughly halves the time of a pass,
        // which the search repeats often.
        double levelKeep = 1.0 - alpha;
        double levelFromTrend = (1.0 - alpha) * phi;
        double trendKeep = (1.0 - beta) * phi;
        double sum = 0.0;
        int k = 0;
        for (double yt : y) {
            if (yt == yt) {
                double deseasoned = yt - season[k];
                double e = deseasoned - (l + phi * b);
                sum += e * e;
                double nextLevel = levelKeep * l + levelFromTrend * b + alpha * deseasoned;
                b = trendKeep * b - beta * l + beta * deseasoned;
                l = nextLevel;
                season[k] += gamma * e;
            } else {
                l += phi * b;
                b *= phi;
            }
            if (++k == slots) {
                k = 0;
            }
        }
        return sum;
    }

    /**
     * The initial states minimising the sum of squared one-step errors for fixed smoothing
     * parameters. The errors are affine in the initial states, so this is linear least squares:
     * the recursions are run on coefficient vectors (constant term first).
     */
    void leastSquaresInitialStates(double alpha, double beta, double gamma, double phi, double[] initial) {
        Arrays.fill(level, 0.0);
        Arrays.fill(slope, 0.0);
        Arrays.fill(seasons, 0.0);
        Arrays.fill(normal, 0.0);
        Arrays.fill(rhs, 0.0);
        level[1] = 1.0;
        int offset = 1;
        if (trend) {
            slope[2] = 1.0;
            offset = 2;
        }
        for (int k = 0; k < slots - 1; k++) {
            seasons[k * width + 1 + offset + k] = 1.0;
            seasons[(slots - 1) * width + 1 + offset + k] = -1.0;
        }
        int k = 0;
        for (double yt : y) {
            int s = k * width;
            if (yt == yt) {
                if (trend) {
                    for (int i = 0; i < width; i++) {
                        predicted[i] = level[i] + phi * slope[i] + seasons[s + i];
                    }
                } else {
                    for (int i = 0; i < width; i++) {
                        predicted[i] = level[i] + seasons[s + i];
                    }
                }
                double r = yt - predicted[0];
                for (int i = 0; i < free; i++) {
                    double zi = predicted[i + 1];
                    rhs[i] += zi * r;
                    int row = i * free;
                    for (int j = 0; j <= i; j++) {
                        normal[row + j] += zi * predicted[j + 1];
                    }
                }
                // error vector: constant part r, coefficient part -predicted
                if (trend) {
                    double trendStep = phi * slope[0];
                    level[0] += trendStep + alpha * r;
                    slope[0] = trendStep + beta * r;
                    for (int i = 1; i < width; i++) {
                        double e = -predicted[i];
                        trendStep = phi * slope[i];
                        level[i] += trendStep + alpha * e;
                        slope[i] = trendStep + beta * e;
                        seasons[s + i] += gamma * e;
                    }
                } else {
                    for (int i = 1; i < width; i++) {
                        double e = -predicted[i];
                        level[i] += alpha * e;
                        seasons[s + i] += gamma * e;
                    }
                    level[0] += alpha * r;
                }
                seasons[s] += gamma * r;
            } else if (trend) {
                for (int i = 0; i < width; i++) {
                    double trendStep = phi * slope[i];
                    level[i] += trendStep;
                    slope[i] = trendStep;
                }
            }
            if (++k == slots) {
                k = 0;
            }
        }
        solveSymmetric(initial);
    }

    /** Solves the normal equations by Cholesky, with a tiny ridge against near-singularity. */
    private void solveSymmetric(double[] x) {
        int p = free;
        double trace = 0.0;
        for (int i = 0; i < p; i++) {
            trace += normal[i * p + i];
        }
        double ridge = 1e-10 * trace / p + 1e-300;
        for (int i = 0; i < p; i++) {
            normal[i * p + i] += ridge;
        }
        for (int j = 0; j < p; j++) {
            double diagonal = normal[j * p + j];
            for (int m = 0; m < j; m++) {
                diagonal -= normal[j * p + m] * normal[j * p + m];
            }
            diagonal = Math.sqrt(Math.max(diagonal, ridge));
            normal[j * p + j] = diagonal;
            for (int i = j + 1; i < p; i++) {
                double v = normal[i * p + j];
                for (int m = 0; m < j; m++) {
                    v -= normal[i * p + m] * normal[j * p + m];
                }
                normal[i * p + j] = v / diagonal;
            }
        }
        for (int i = 0; i < p; i++) {
            double v = rhs[i];
            for (int m = 0; m < i; m++) {
                v -= normal[i * p + m] * x[m];
            }
            x[i] = v / normal[i * p + i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double v = x[i];
            for (int m = i + 1; m < p; m++) {
                v -= normal[m * p + i] * x[m];
            }
            x[i] = v / normal[i * p + i];
        }
    }
}
