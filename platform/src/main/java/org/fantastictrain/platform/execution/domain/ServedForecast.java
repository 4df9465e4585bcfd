package org.fantastictrain.platform.execution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/**
 * A forecast as it was served: what the caller got and what the log keeps for the control service.
 *
 * @param requestId the caller's request id, or a generated one
 * @param from the first requested day
 * @param to the last requested day
 * @param points one per requested day, in the order requested
 */
public record ServedForecast(
        String requestId,
        SeriesId series,
        int modelVersion,
        Instant generatedAt,
        double intervalWidth,
        LocalDate from,
        LocalDate to,
        List<ForecastPoint> points,
        Channel channel) {
    public ServedForecast {
        points = List.copyOf(points);
    }
}
