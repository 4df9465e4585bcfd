package org.fantastictrain.platform.execution.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a served forecast.
 *
 * @param y the actual value when one is stored for that day, else null
 */
public record ForecastPoint(LocalDate ds, PointKind kind, double yhat, double yhatLower, double yhatUpper, Double y) {
    public ForecastPoint {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(kind, "kind");
    }
}
