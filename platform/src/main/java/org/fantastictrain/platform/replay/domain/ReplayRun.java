package org.fantastictrain.platform.replay.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One replay of {@code from..to}.
 *
 * @param series a series id or {@code all}
 * @param currentDay the last day completely replayed, null before the first
 * @param summary the report's summary once finished (empty before)
 */
public record ReplayRun(
        long id,
        LocalDate from,
        LocalDate to,
        String series,
        ReplayStatus status,
        LocalDate currentDay,
        ReplayCounts counts,
        String error,
        Map<String, Object> summary,
        Instant startedAt,
        Instant finishedAt) {

    public ReplayRun {
        summary = summary == null ? Map.of() : summary;
    }

    /** Total days of the range. */
    public long totalDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The next day to replay, or null when done. */
    public LocalDate nextDay() {
        LocalDate next = currentDay == null ? from : currentDay.plusDays(1);
        return next.isAfter(to) ? null : next;
    }
}
