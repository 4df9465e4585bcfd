package org.fantastictrain.platform.control.application;

import java.util.List;
import org.fantastictrain.platform.control.domain.ControlPolicy;

/**
 * @param series the series evaluated
 * @param reportBaseUrl base of the report link in alarms, e.g. {@code http://localhost:8080}
 * @param retrainOnCritical whether a newly firing critical alarm starts a training run
 */
public record ControlSettings(
        ControlPolicy policy, List<String> series, String reportBaseUrl, boolean retrainOnCritical) {

    public ControlSettings {
        series = List.copyOf(series);
        reportBaseUrl =
                reportBaseUrl.endsWith("/") ? reportBaseUrl.substring(0, reportBaseUrl.length() - 1) : reportBaseUrl;
    }

    public String reportUrl(String series) {
        return reportBaseUrl + "/api/v1/control/report?series=" + series;
    }
}
