package org.fantastictrain.forecast.prophet;

/** Small dense linear algebra on row-major arrays: the model's systems are p x p with p about 50. */
final class Dense {
    private Dense() {}

    /**
     * Weighted Gram matrix {@code X'WX} (full, symmetric) of an n x p row-major matrix. Rows are
     * taken four at a time so each update of the p x p accumulator serves four rows.
     */
    static double[] gram(double[] x, double[] w, int n, int p) {
        double[] g = new double[p * p];
        addGram(g, x, w, n, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                g[a * p + b] = g[b * p + a];
            }
        }
        return g;
    }

    /** Adds {@code X'WX} to the upper triangle of {@code g} (rows with weight 0 cost nothing useful but are skipped in blocks). */
    private static void addGram(double[] g, double[] x, double[] w, int n, int p) {
        int i = 0;
        for (; i + 3 < n; i += 4) {
            double w0 = w[i];
            double w1 = w[i + 1];
            double w2 = w[i + 2];
            double w3 = w[i + 3];
            if (w0 == 0 && w1 == 0 && w2 == 0 && w3 == 0) {
                continue;
            }
            int o0 = i * p;
            int o1 = o0 + p;
            int o2 = o1 + p;
            int o3 = o2 + p;
            for (int a = 0; a < p; a++) {
                double a0 = x[o0 + a] * w0;
                double a1 = x[o1 + a] * w1;
                double a2 = x[o2 + a] * w2;
                double a3 = x[o3 + a] * w3;
                if (a0 == 0 && a1 == 0 && a2 == 0 && a3 == 0) {
                    continue; // hinge and holiday columns are zero on most rows
                }
                int ga = a * p;
                for (int b = a; b < p; b++) {
                    g[ga + b] += a0 * x[o0 + b] + a1 * x[o1 + b] + a2 * x[o2 + b] + a3 * x[o3 + b];
                }
            }
        }
        for (; i < n; i++) {
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
    }

    /**
     * Updates a full Gram matrix in place for a change of weights {@code dw} (new minus old): only
     * the rows whose weight changed are visited.
     */
    static void updateGram(double[] g, double[] x, double[] dw, int n, int p) {
        int changed = 0;
        for (int i = 0; i < n; i++) {
            if (dw[i] != 0) {
                changed++;
            }
        }
        if (changed == 0) {
            return;
        }
        int[] rows = new int[changed];
        double[] cw = new double[changed];
        double[] cx = new double[changed * p];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (dw[i] != 0) {
                rows[k] = i;
                cw[k] = dw[i];
                System.arraycopy(x, i * p, cx, k * p, p);
                k++;
            }
        }
        double[] upper = new double[p * p];
        addGram(upper, cx, cw, changed, p);
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double v = upper[a * p + b];
                g[a * p + b] += v;
                if (b != a) {
                    g[b * p + a] += v;
                }
            }
        }
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
        double[] a = g.clone();
        for (int i = 0; i < p; i++) {
            a[i * p + i] += d[i];
        }
        return solveCholesky(cholesky(a, p), b, p);
    }

    /** The lower Cholesky factor of a symmetric positive definite matrix. */
    static double[] cholesky(double[] a, int p) {
        double[] l = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * p + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * p + k] * l[j * p + k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalStateException("normal equations are not positive definite");
                    }
                    l[i * p + i] = Math.sqrt(s);
                } else {
                    l[i * p + j] = s / l[j * p + j];
                }
            }
        }
        return l;
    }

    /** Solves {@code L L' x = b} given the Cholesky factor. */
    static double[] solveCholesky(double[] l, double[] b, int p) {
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
