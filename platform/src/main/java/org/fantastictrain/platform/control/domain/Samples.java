package org.fantastictrain.platform.control.domain;

/** Mean and unbiased variance of a sample. */
final class Samples {

    private Samples() {}

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Sample variance with n - 1 in the denominator. */
    static double variance(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }
}
