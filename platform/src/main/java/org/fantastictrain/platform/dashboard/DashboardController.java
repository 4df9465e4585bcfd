package org.fantastictrain.platform.dashboard;

import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.system.web.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads for the dashboard pages; all open (GET), none changes state. */
// Web only: one-shot CLI contexts have no MVC handler mappings.
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardController {
    private final OverviewService overview;
    private final DashboardReadModel reads;
    private final DashboardFeatures features;

    DashboardController(OverviewService overview, DashboardReadModel reads, DashboardFeatures features) {
        this.overview = overview;
        this.reads = reads;
        this.features = features;
    }

    /** The series with their stored range and champion, for the series picker. */
    @GetMapping("/series")
    List<DashboardReadModel.SeriesRow> series() {
        return reads.series();
    }

    /** One series: actuals, the champion's forecast with its band, latest vintages, last load. */
    @GetMapping("/overview")
    OverviewResponse overview(
            @RequestParam(defaultValue = "corrib_production") String series,
            @RequestParam(defaultValue = "30") int horizon,
            @RequestParam(defaultValue = "6") int vintages) {
        if (horizon < 1 || horizon > 366) {
            throw new IllegalArgumentException("horizon must be between 1 and 366 days, was " + horizon);
        }
        if (vintages < 0 || vintages > 60) {
            throw new IllegalArgumentException("vintages must be between 0 and 60, was " + vintages);
        }
        return overview.overview(series, horizon, vintages)
                .orElseThrow(() -> new NotFoundException("unknown series '" + series + "'; known series: "
                        + String.join(
                                ", ",
                                reads.series().stream()
                                        .map(DashboardReadModel.SeriesRow::id)
                                        .toList())));
    }

    /**
     * The RMSE, bias and coverage checks of one window over the control runs (one per as-of day),
     * for the Control page's charts; the control report itself is as of today only.
     */
    @GetMapping("/control-history")
    List<DashboardReadModel.ControlPoint> controlHistory(
            @RequestParam(defaultValue = "corrib_production") String series,
            @RequestParam(defaultValue = "30") int window) {
        if (window < 1 || window > 366) {
            throw new IllegalArgumentException("window must be between 1 and 366 days, was " + window);
        }
        if (reads.series(series).isEmpty()) {
            throw new NotFoundException("unknown series '" + series + "'; known series: "
                    + String.join(
                            ", ",
                            reads.series().stream()
                                    .map(DashboardReadModel.SeriesRow::id)
                                    .toList()));
        }
        return reads.controlHistory(series, window);
    }

    /** Which optional parts of the API this server has (control, alarms, replays), so pages ask only those. */
    @GetMapping("/features")
    Map<String, Boolean> features() {
        return features.available();
    }
}
