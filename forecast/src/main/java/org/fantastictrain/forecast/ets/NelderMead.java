package org.fantastictrain.forecast.ets;

/**
 * Deterministic Nelder-Mead simplex minimiser (reflection 1, expansion 2, contraction 1/2,
 * shrink 1/2) for the few unconstrained smoothing coordinates of an ETS fit.
 */
final class NelderMead {

    /** The function to minimise; it must not keep or modify the point it is given. */
    interface Objective {
        double value(double[] point);
    }

    private NelderMead() {}

    /**
     * Minimises from {@code point} (overwritten with the best point found) with an initial simplex
     * of edge {@code step}; stops when the vertex values agree to {@code relativeTolerance} or after
     * {@code maxEvaluations}. Returns the best value.
     */
    static double minimize(Objective f, double[] point, double step, int maxEvaluations, double relativeTolerance) {
        int d = point.length;
        double[][] x = new double[d + 1][d];
        double[] fx = new double[d + 1];
        for (int i = 0; i <= d; i++) {
            System.arraycopy(point, 0, x[i], 0, d);
            if (i > 0) {
                x[i][i - 1] += step;
            }
            fx[i] = f.value(x[i]);
        }
        int evaluations = d + 1;
        double[] centroid = new double[d];
        double[] reflected = new double[d];
        double[] trial = new double[d];
        while (true) {
            sort(x, fx);
            double best = fx[0];
            double worst = fx[d];
            if (evaluations >= maxEvaluations || worst - best <= relativeTolerance * Math.abs(best) + 1e-300) {
                break;
            }
            for (int j = 0; j < d; j++) {
                double sum = 0.0;
                for (int i = 0; i < d; i++) {
                    sum += x[i][j];
                }
                centroid[j] = sum / d;
            }
            for (int j = 0; j < d; j++) {
                reflected[j] = 2.0 * centroid[j] - x[d][j];
            }
            double fr = f.value(reflected);
            evaluations++;
            if (fr < best) {
                for (int j = 0; j < d; j++) {
                    trial[j] = 3.0 * centroid[j] - 2.0 * x[d][j];
                }
                double fe = f.value(trial);
                evaluations++;
                if (fe < fr) {
                    replaceWorst(x, fx, trial, fe);
                } else {
                    replaceWorst(x, fx, reflected, fr);
                }
            } else if (fr < fx[d - 1]) {
                replaceWorst(x, fx, reflected, fr);
            } else {
                boolean outside = fr < worst;
                for (int j = 0; j < d; j++) {
                    trial[j] = outside
                            ? centroid[j] + 0.5 * (reflected[j] - centroid[j])
                            : centroid[j] + 0.5 * (x[d][j] - centroid[j]);
                }
                double fc = f.value(trial);
                evaluations++;
                if (outside ? fc <= fr : fc < worst) {
                    replaceWorst(x, fx, trial, fc);
                } else {
                    for (int i = 1; i <= d; i++) {
                        for (int j = 0; j < d; j++) {
                            x[i][j] = x[0][j] + 0.5 * (x[i][j] - x[0][j]);
                        }
                        fx[i] = f.value(x[i]);
                    }
                    evaluations += d;
                }
            }
        }
        System.arraycopy(x[0], 0, point, 0, d);
        return fx[0];
    }

    private static void replaceWorst(double[][] x, double[] fx, double[] point, double value) {
        int last = fx.length - 1;
        System.arraycopy(point, 0, x[last], 0, point.length);
        fx[last] = value;
    }

    /** Insertion sort by value; ties keep their order, so the search is deterministic. */
    private static void sort(double[][] x, double[] fx) {
        for (int i = 1; i < fx.length; i++) {
            double v = fx[i];
            double[] p = x[i];
            int j = i - 1;
            while (j >= 0 && fx[j] > v) {
                fx[j + 1] = fx[j];
                x[j + 1] = x[j];
                j--;
            }
            fx[j + 1] = v;
            x[j + 1] = p;
        }
    }
}
