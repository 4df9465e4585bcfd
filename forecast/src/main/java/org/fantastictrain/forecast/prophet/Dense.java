package org.fantastictrain.forecast.prophet;

/** Small dense linear algebra on row-major arrays: the model's systems are p x p with p about 50. */
final class Dense {
    private Dense() {}

    /** Weighted Gram matrix {@code X'WX} (full, symmetric) of an n x p row-major matrix. */
    static double[] gram(double[] x, double[] w, int n, int p) {
        double[] g = new double[p * p];
        for (int i = 0; i < n; i++) {
            double wi = w[i];
            if (wi == 0) {
                continue;
            }
            int o = i * p;
            for (int a = 0; a < p; a++) {
                double xa = x[o + a] * wi;
                if (xa == 0) {
                    continue;
                }
                int ga = a * p;
                for (int b = a; b < p; b++) {
                    g[ga + b] += xa * x[o + b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                g[a * p + b] = g[b * p + a];
            }
        }
        return g;
    }

    /** {@code X'Wy}. */
    static double[] xtwy(double[] x, double[] w, double[] y, int n, int p) {
        double[] r = new double[p];
        for (int i = 0; i < n; i++) {
            double v = w[i] * y[i];
            if (v == 0) {
                continue;
            }
            int o = i * p;
            for (int a = 0; a < p; a++) {
                r[a] += x[o + a] * v;
            }
        }
        return r;
    }

    /**
     * Solves {@code (G + diag(d)) x = b} for symmetric positive definite {@code G + diag(d)} by Cholesky.
     *
     * @throws IllegalStateException if the matrix is not positive definite
     */
    static double[] solve(double[] g, double[] d, double[] b, int p) {
        double[] l = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = g[i * p + j] + (i == j ? d[i] : 0);
                int li = i * p;
                int lj = j * p;
                for (int k = 0; k < j; k++) {
                    s -= l[li + k] * l[lj + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalStateException("normal equations are not positive definite");
                    }
                    l[li + i] = Math.sqrt(s);
                } else {
                    l[li + j] = s / l[lj + j];
                }
            }
        }
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * p + k] * z[k];
            }
            z[i] = s / l[i * p + i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k * p + i] * x[k];
            }
            x[i] = s / l[i * p + i];
        }
        return x;
    }

    static double quadratic(double[] g, double[] v, int p) {
        double s = 0;
        for (int a = 0; a < p; a++) {
            double r = 0;
            for (int b = 0; b < p; b++) {
                r += g[a * p + b] * v[b];
            }
            s += v[a] * r;
        }
        return s;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
