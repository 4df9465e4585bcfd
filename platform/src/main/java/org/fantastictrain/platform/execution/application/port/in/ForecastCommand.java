package org.fantastictrain.platform.execution.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.fantastictrain.platform.execution.domain.Channel;
import org.fantastictrain.platform.execution.domain.DateRange;
import org.fantastictrain.platform.execution.domain.InvalidForecastRequestException;

/**
 * A request for the champion's forecast.
 *
 * @param series the series id, or null for the default series
 * @param days the days to forecast, in the order the answer should follow (repeats allowed)
 * @param intervalWidth the interval width in (0, 1), or null for the configured default
 * @param withActuals whether to add the stored actual {@code y} to each point
 * @param requestId the caller's request id
 */
public record ForecastCommand(
        String series,
        List<LocalDate> days,
        Double intervalWidth,
        boolean withActuals,
        Channel channel,
        String requestId) {
    public ForecastCommand {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(requestId, "requestId");
        if (days.isEmpty()) {
            throw new InvalidForecastRequestException("no days to forecast: give at least one 'ds'");
        }
        days = List.copyOf(days);
        if (intervalWidth != null && !(intervalWidth > 0 && intervalWidth < 1)) {
            throw new InvalidForecastRequestException(
                    "'interval_width' must be strictly between 0 and 1, got " + intervalWidth);
        }
    }

    /** Every day of a range, with actuals: the shape of {@code POST /api/v1/forecasts} and {@code predict}. */
    public static ForecastCommand ofRange(
            String series, DateRange range, Double intervalWidth, Channel channel, String requestId) {
        return new ForecastCommand(series, range.dates(), intervalWidth, true, channel, requestId);
    }
}
