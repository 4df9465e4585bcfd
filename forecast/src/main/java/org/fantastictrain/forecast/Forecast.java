package org.fantastictrain.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * A model's forecast for a list of days: the point forecast and the interval bounds at
 * {@code intervalWidth} (e.g. 0.8 for an 80 % interval).
 */
public record Forecast(
        List<LocalDate> ds, double[] yhat, double[] yhatLower, double[] yhatUpper, double intervalWidth) {
    public Forecast {
        ds = List.copyOf(ds);
        if (yhat.length != ds.size() || yhatLower.length != ds.size() || yhatUpper.length != ds.size()) {
            throw new IllegalArgumentException("forecast arrays must match the number of days");
        }
    }

    public int size() {
        return ds.size();
    }
}
