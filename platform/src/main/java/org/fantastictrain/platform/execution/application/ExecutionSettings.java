package org.fantastictrain.platform.execution.application;

import java.time.Duration;
import java.util.Objects;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/**
 * The execution service's settings.
 *
 * @param defaultSeries the series served when a request names none
 * @param intervalWidth the interval width when a request gives none
 * @param maxRangeDays the most days one request may ask for
 * @param championRecheck how long a cached champion is served before checking whether the alias moved
 */
public record ExecutionSettings(
        SeriesId defaultSeries, double intervalWidth, int maxRangeDays, Duration championRecheck) {
    public ExecutionSettings {
        Objects.requireNonNull(defaultSeries, "defaultSeries");
        Objects.requireNonNull(championRecheck, "championRecheck");
        if (!(intervalWidth > 0 && intervalWidth < 1)) {
            throw new IllegalArgumentException("interval width must be in (0, 1): " + intervalWidth);
        }
        if (maxRangeDays < 1) {
            throw new IllegalArgumentException("max range days must be positive: " + maxRangeDays);
        }
    }
}
