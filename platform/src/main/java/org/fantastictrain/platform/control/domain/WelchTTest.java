package org.fantastictrain.platform.control.domain;

/**
 * Welch's two-sample t-test (unequal variances) of the difference of two means.
 *
 * @param t the statistic, (mean of a - mean of b) / standard error
 * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom
 * @param pValue two-sided p-value
 */
public record WelchTTest(double meanA, double meanB, double t, double degreesOfFreedom, double pValue) {

    /** Needs at least two values in each sample. */
    public static WelchTTest of(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("Welch's t-test needs at least two values per sample");
        }
        double ma = Samples.mean(a);
        double mb = Samples.mean(b);
        double va = Samples.variance(a) / a.length;
        double vb = Samples.variance(b) / b.length;
        double se2 = va + vb;
        if (se2 == 0) {
            // Two constant samples: identical means are no evidence of a shift, different ones are certain.
            return new WelchTTest(
                    ma,
                    mb,
                    ma == mb ? 0 : Math.copySign(Double.POSITIVE_INFINITY, ma - mb),
                    a.length + b.length - 2,
                    ma == mb ? 1 : 0);
        }
        double t = (ma - mb) / Math.sqrt(se2);
        double df = se2 * se2 / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        return new WelchTTest(ma, mb, t, df, SpecialFunctions.studentTwoSided(t, df));
    }
}
