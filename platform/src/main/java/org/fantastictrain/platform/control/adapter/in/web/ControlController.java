package org.fantastictrain.platform.control.adapter.in.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.in.AlarmQuery;
import org.fantastictrain.platform.control.application.port.in.ControlReportQuery;
import org.fantastictrain.platform.control.domain.AlarmState;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The control report and the alarms over HTTP (reads, open without API key). */
@RestController
class ControlController {
    private static final int MAX_WINDOW = 366;

    private final ControlReportQuery reports;
    private final AlarmQuery alarms;

    ControlController(ControlReportQuery reports, AlarmQuery alarms) {
        this.reports = reports;
        this.alarms = alarms;
    }

    @GetMapping("/api/v1/control/report")
    ControlReportResponse report(
            @RequestParam(defaultValue = "corrib_production") String series,
            @RequestParam(required = false) Integer window) {
        requireSeries(series);
        if (window != null && (window < 1 || window > MAX_WINDOW)) {
            throw new IllegalArgumentException(
                    "window must be a number of days between 1 and " + MAX_WINDOW + ", got " + window);
        }
        return ControlReportResponse.of(reports.report(series, Optional.ofNullable(window)));
    }

    @GetMapping("/api/v1/alarms")
    List<AlarmResponse> alarms(
            @RequestParam(required = false) String state, @RequestParam(required = false) String series) {
        Optional<AlarmState> wanted =
                state == null || state.isBlank() ? Optional.empty() : Optional.of(AlarmState.fromId(state));
        if (series != null && !series.isBlank()) {
            requireSeries(series);
        }
        return alarms.alarms(wanted, Optional.ofNullable(series).filter(s -> !s.isBlank())).stream()
                .map(AlarmResponse::of)
                .toList();
    }

    private static void requireSeries(String series) {
        if (SeriesId.fromId(series).isEmpty()) {
            throw new IllegalArgumentException("unknown series '" + series + "', expected one of "
                    + String.join(
                            ", ",
                            Arrays.stream(SeriesId.values()).map(SeriesId::id).toList()));
        }
    }
}
