package org.fantastictrain.forecast.baseline;

/**
 * Quantiles of the standard normal distribution, used for Gaussian prediction intervals.
 *
 * <p>Rational approximations of Wichura, "Algorithm AS 241: The Percentage Points of the Normal
 * Distribution", Applied Statistics 37(3), 1988, accurate to about one part in 10<sup>16</sup>.
 */
public final class NormalQuantile {

    private NormalQuantile() {}

    /**
     * The value {@code z} with {@code P(Z <= z) = p} for a standard normal {@code Z}.
     *
     * @throws IllegalArgumentException when {@code p} is not in {@code (0, 1)}
     */
    public static double quantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
        }
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q
                    * (((((((2.5090809287301226727e+03 * r + 3.3430575583588128105e+04) * r + 6.7265770927008700853e+04)
                                                                                                    * r
                                                                                            + 4.5921953931549871457e+04)
                                                                                    * r
                                                                            + 1.3731693765509461125e+04)
                                                                    * r
                                                            + 1.9715909503065514427e+03)
                                                    * r
                                            + 1.3314166789178437745e+02)
                                    * r
                            + 3.3871328727963666080e+00)
                    / (((((((5.2264952788528545610e+03 * r + 2.8729085735721942674e+04) * r + 3.9307895800092710610e+04)
                                                                                                    * r
                                                                                            + 2.1213794301586595867e+04)
                                                                                    * r
                                                                            + 5.3941960214247511077e+03)
                                                                    * r
                                                            + 6.8718700749205790830e+02)
                                                    * r
                                            + 4.2313330701600911252e+01)
                                    * r
                            + 1.0);
        }
        double r = Math.sqrt(-Math.log(q < 0 ? p : 1.0 - p));
        double z;
        if (r <= 5.0) {
            r -= 1.6;
            z = (((((((7.74545014278341407640e-04 * r + 2.27238449892691845833e-02) * r + 2.41780725177450611770e-01)
                                                                                                    * r
                                                                                            + 1.27045825245236838258e+00)
                                                                                    * r
                                                                            + 3.64784832476320460504e+00)
                                                                    * r
                                                            + 5.76949722146069140550e+00)
                                                    * r
                                            + 4.63033784615654529590e+00)
                                    * r
                            + 1.42343711074968357734e+00)
                    / (((((((1.05075007164441684324e-09 * r + 5.47593808499534494600e-04) * r
                                                                                                            + 1.51986665636164571966e-02)
                                                                                                    * r
                                                                                            + 1.48103976427480074590e-01)
                                                                                    * r
                                                                            + 6.89767334985100004550e-01)
                                                                    * r
                                                            + 1.67638483018380384940e+00)
                                                    * r
                                            + 2.05319162663775882187e+00)
                                    * r
                            + 1.0);
        } else {
            r -= 5.0;
            z = (((((((2.01033439929228813265e-07 * r + 2.71155556874348757815e-05) * r + 1.24266094738807843860e-03)
                                                                                                    * r
                                                                                            + 2.65321895265761230930e-02)
                                                                                    * r
                                                                            + 2.96560571828504891230e-01)
                                                                    * r
                                                            + 1.78482653991729133580e+00)
                                                    * r
                                            + 5.46378491116411436990e+00)
                                    * r
                            + 6.65790464350110377720e+00)
                    / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-07) * r
                                                                                                            + 1.84631831751005468180e-05)
                                                                                                    * r
                                                                                            + 7.86869131145613259100e-04)
                                                                                    * r
                                                                            + 1.48753612908506148525e-02)
                                                                    * r
                                                            + 1.36929880922735805310e-01)
                                                    * r
                                            + 5.99832206555887937690e-01)
                                    * r
                            + 1.0);
        }
        return q < 0 ? -z : z;
    }

    /**
     * The multiplier of the standard deviation for a central interval of the given width: for
     * 0.8 it is the 0.9 quantile, about 1.2816.
     *
     * @throws IllegalArgumentException when {@code intervalWidth} is not in {@code (0, 1)}
     */
    public static double centralMultiplier(double intervalWidth) {
        if (!(intervalWidth > 0.0 && intervalWidth < 1.0)) {
            throw new IllegalArgumentException("interval width must be in (0, 1), got " + intervalWidth);
        }
        return quantile(0.5 + intervalWidth / 2.0);
    }
}
