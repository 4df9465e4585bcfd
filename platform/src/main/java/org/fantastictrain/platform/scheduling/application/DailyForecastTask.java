package org.fantastictrain.platform.scheduling.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.scheduling.application.port.out.ControlRunPort;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.fantastictrain.platform.vintage.application.port.in.IssueForecastVintageUseCase;
import org.fantastictrain.platform.vintage.domain.ForecastVintage;

/**
 * {@code daily-forecast}: issues the champion's forecast of every series that has one as a
 * forecast vintage of the business date. Series are independent; a series without a champion is
 * skipped, not failed. Then, when the control service is present, it evaluates the forecasts
 * against the actuals as of the business date (checks and alarms).
 */
public class DailyForecastTask implements JobTask {

    private final IssueForecastVintageUseCase vintages;
    private final Optional<ControlRunPort> control;

    public DailyForecastTask(IssueForecastVintageUseCase vintages) {
        this(vintages, Optional.empty());
    }

    public DailyForecastTask(IssueForecastVintageUseCase vintages, Optional<ControlRunPort> control) {
        this.vintages = vintages;
        this.control = control;
    }

    @Override
    public JobName job() {
        return JobName.DAILY_FORECAST;
    }

    @Override
    public JobOutcome execute(LocalDate businessDate) {
        return execute(businessDate, JobTask.allSeries(), RunTrigger.SCHEDULER);
    }

    @Override
    public JobOutcome execute(LocalDate businessDate, Set<SeriesId> scope, RunTrigger trigger) {
        Map<String, Object> perSeries = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (SeriesId series : SeriesId.values()) {
            if (!scope.contains(series)) {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            try {
                Optional<ForecastVintage> issued = vintages.issue(series, businessDate);
                if (issued.isPresent()) {
                    ForecastVintage v = issued.get();
                    line.put("status", "ISSUED");
                    line.put("model_version", v.modelVersion());
                    line.put("from", v.firstDay().toString());
                    line.put("to", v.lastDay().toString());
                    line.put("points", v.points().size());
                } else {
                    line.put("status", "NO_CHAMPION");
                }
            } catch (RuntimeException e) {
                line.put("status", "FAILED");
                line.put("error", Errors.describe(e));
                failures.add(series.id() + ": " + Errors.describe(e));
            }
            perSeries.put(series.id(), line);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("issued_on", businessDate.toString());
        summary.put("series", perSeries);
        if (control.isPresent()) {
            try {
                summary.put("control", control.get().evaluate(businessDate));
            } catch (RuntimeException e) {
                summary.put("control", Map.of("status", "FAILED", "error", Errors.describe(e)));
                if (failures.isEmpty()) {
                    return JobOutcome.failed(summary, "control evaluation failed: " + Errors.describe(e));
                }
            }
        }
        if (failures.isEmpty()) {
            return JobOutcome.succeeded(summary);
        }
        return JobOutcome.failed(
                summary,
                failures.size() + " of " + perSeries.size() + " series failed: " + String.join("; ", failures));
    }
}
