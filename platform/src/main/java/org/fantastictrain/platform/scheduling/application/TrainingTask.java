package org.fantastictrain.platform.scheduling.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.fantastictrain.platform.training.application.port.in.TrainUseCase;
import org.fantastictrain.platform.training.application.port.in.TrainingOutcome;

/**
 * {@code training}: one training run per series, each independent of the others. The job fails
 * if any series' run failed; a rejected challenger is a normal outcome.
 */
public class TrainingTask implements JobTask {

    static final String TRIGGER = "scheduler";

    private final TrainUseCase training;

    public TrainingTask(TrainUseCase training) {
        this.training = training;
    }

    @Override
    public JobName job() {
        return JobName.TRAINING;
    }

    @Override
    public JobOutcome execute(LocalDate businessDate) {
        return execute(businessDate, JobTask.allSeries(), RunTrigger.SCHEDULER);
    }

    @Override
    public JobOutcome execute(LocalDate businessDate, Set<SeriesId> scope, RunTrigger trigger) {
        String trainingTrigger = trigger == RunTrigger.REPLAY ? RunTrigger.REPLAY.id() : TRIGGER;
        Map<String, Object> perSeries = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (SeriesId series : SeriesId.values()) {
            if (!scope.contains(series)) {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            try {
                TrainingOutcome outcome = training.train(series, trainingTrigger);
                line.put("run_id", outcome.runId());
                line.put("status", outcome.status());
                line.put("decision", outcome.decision());
                line.put("challenger_version", outcome.challengerVersion());
                line.put("reason", outcome.reason());
                if ("FAILED".equals(outcome.status()) || "FAILED".equals(outcome.decision())) {
                    failures.add(series.id() + ": " + outcome.reason());
                }
            } catch (RuntimeException e) {
                line.put("status", "FAILED");
                line.put("error", Errors.describe(e));
                failures.add(series.id() + ": " + Errors.describe(e));
            }
            perSeries.put(series.id(), line);
        }
        Map<String, Object> summary = Map.of("business_date", businessDate.toString(), "series", perSeries);
        if (failures.isEmpty()) {
            return JobOutcome.succeeded(summary);
        }
        return JobOutcome.failed(
                summary,
                failures.size() + " of " + perSeries.size() + " series failed: " + String.join("; ", failures));
    }
}
