package org.fantastictrain.platform.replay.adapter.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the report shows, read from the database. */
record ReplayReportData(
        Map<String, List<DayValue>> actuals,
        Map<String, List<LiveForecast>> live,
        List<Training> trainings,
        Map<String, List<Criterion>> criteria,
        List<AlarmSpan> alarms) {

    record DayValue(LocalDate day, double value) {}

    /** The 1-day-ahead forecast issued the day before {@code day}, by the champion then. */
    record LiveForecast(LocalDate day, int modelVersion, double yhat, double lower, double upper) {}

    record Training(
            long runId,
            String series,
            LocalDate day,
            String decision,
            Integer challengerVersion,
            Integer championVersion,
            String metric,
            Double challengerValue,
            Double championValue,
            Double championFrozenValue,
            String reason) {}

    /** One criterion (and window) of one series, day by day. */
    record Criterion(String series, String criterion, Integer windowDays, List<CriterionPoint> points) {
        String label() {
            return series + " · " + criterion + (windowDays == null ? "" : " (" + windowDays + " d)");
        }
    }

    record CriterionPoint(LocalDate day, Double observed, Double threshold, Double critical, String verdict) {}

    record AlarmSpan(
            long id,
            String series,
            String criterion,
            String severity,
            Integer windowDays,
            LocalDate firing,
            LocalDate lastSeen,
            LocalDate resolved,
            String summary) {}
}
