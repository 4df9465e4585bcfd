package org.fantastictrain.forecast.prophet;

/**
 * A custom Fourier seasonality: {@code order} sine/cosine pairs of the given period in days.
 *
 * @param name a unique name, used as a parameter key
 * @param periodDays the period in days, e.g. 30.5 for monthly
 * @param order the number of Fourier pairs, at least 1
 */
public record Seasonality(String name, double periodDays, int order) {
    public Seasonality {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("seasonality needs a name");
        }
        if (!(periodDays > 1) || !Double.isFinite(periodDays)) {
            throw new IllegalArgumentException(
                    "seasonality '" + name + "' period must be a finite number of days > 1: " + periodDays);
        }
        if (order < 1) {
            throw new IllegalArgumentException("seasonality '" + name + "' order must be >= 1: " + order);
        }
    }
}
