package org.fantastictrain.platform.control.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.control.application.port.in.AlarmWithDeliveries;
import org.fantastictrain.platform.control.domain.Alarm;

/** An alarm as answered by {@code GET /api/v1/alarms} and posted to the webhook. */
public record AlarmResponse(
        long id,
        String alertname,
        String series,
        String criterion,
        String severity,
        String state,
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
        LocalDate lastSeenAsOf,
        List<AlarmWithDeliveries.Delivery> deliveries) {

    public static AlarmResponse of(Alarm a, List<AlarmWithDeliveries.Delivery> deliveries) {
        return new AlarmResponse(
                a.id(),
                Alarm.alertName(a.criterion()),
                a.series(),
                a.criterion().id(),
                a.severity().label(),
                a.state().id(),
                a.modelVersion(),
                a.windowDays(),
                a.observed(),
                a.threshold(),
                a.summary(),
                a.description(),
                a.reportUrl(),
                a.firstSeenAt(),
                a.lastSeenAt(),
                a.resolvedAt(),
                a.firstSeenAsOf(),
                a.lastSeenAsOf(),
                deliveries);
    }

    public static AlarmResponse of(AlarmWithDeliveries a) {
        return of(a.alarm(), a.deliveries());
    }
}
