package org.fantastictrain.platform.ingest.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One value of one series on one gas day. Missing values are not observations. */
public record Observation(SeriesId series, LocalDate ds, double value) {
    public Observation {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(ds, "ds");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
    }
}
