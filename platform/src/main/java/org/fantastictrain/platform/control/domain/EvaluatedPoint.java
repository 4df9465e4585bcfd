package org.fantastictrain.platform.control.domain;

import java.time.LocalDate;

/**
 * A logged forecast of one day next to the actual of that day.
 *
 * @param source {@code vintage} (the daily job) or {@code served} (HTTP, /invocations, CLI)
 * @param leadDays days between the day the forecast was issued and the forecast day (1 = next day)
 */
public record EvaluatedPoint(
        String source,
        int modelVersion,
        LocalDate issuedOn,
        LocalDate ds,
        int leadDays,
        double yhat,
        double yhatLower,
        double yhatUpper,
        double intervalWidth,
        double actual) {

    /** Forecast minus actual: positive when the forecast was too high. */
    public double error() {
        return yhat - actual;
    }

    public boolean insideInterval() {
        return actual >= yhatLower && actual <= yhatUpper;
    }
}
