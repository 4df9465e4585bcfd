package org.fantastictrain.platform.control.domain;

import java.util.Arrays;

/**
 * Two-sample Kolmogorov–Smirnov test: the largest distance between the two empirical distribution
 * functions, and its asymptotic p-value (Kolmogorov distribution with Stephens' small-sample
 * correction).
 */
public record KolmogorovSmirnov(double statistic, double pValue) {

    public static KolmogorovSmirnov of(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("the Kolmogorov-Smirnov test needs two non-empty samples");
        }
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        double en = Math.sqrt((double) x.length * y.length / (x.length + y.length));
        return new KolmogorovSmirnov(d, kolmogorovTail((en + 0.12 + 0.11 / en) * d));
    }

    /** Q(λ) = 2 Σ (-1)^(k-1) exp(-2 k² λ²), the probability that the Kolmogorov statistic exceeds λ. */
    static double kolmogorovTail(double lambda) {
        if (lambda < 0.2) {
            return 1;
        }
        double sum = 0;
        double sign = 1;
        for (int k = 1; k <= 100; k++) {
            double term = sign * Math.exp(-2 * k * k * lambda * lambda);
            sum += term;
            if (Math.abs(term) < 1e-12) {
                break;
            }
            sign = -sign;
        }
        return Math.max(0, Math.min(1, 2 * sum));
    }
}
