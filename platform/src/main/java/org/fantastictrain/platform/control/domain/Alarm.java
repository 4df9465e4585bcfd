package org.fantastictrain.platform.control.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An alarm of a (series, criterion, severity). While firing, later evaluations that still cross the
 * threshold only move {@code lastSeenAt} and the observed value (deduplication).
 *
 * @param reportUrl the control report of the series, where the numbers behind it are
 */
public record Alarm(
        long id,
        String series,
        Criterion criterion,
        Severity severity,
        AlarmState state,
        Integer modelVersion,
        Integer windowDays,
        Double observed,
        Double threshold,
        String summary,
        String description,
        String reportUrl,
        Instant firstSeenAt,
        Instant lastSeenAt,
        Instant resolvedAt,
        LocalDate firstSeenAsOf,
        LocalDate lastSeenAsOf) {

    /** The Alertmanager alert name of a criterion, e.g. {@code ForecastRmseDeviation}. */
    public static String alertName(Criterion criterion) {
        StringBuilder name = new StringBuilder("Forecast");
        for (String part : criterion.id().split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
