package org.fantastictrain.platform.scheduling.adapter.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.ingest.application.port.in.RunDailyLoadUseCase;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.scheduling.application.port.out.DailyLoadPort;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;
import org.springframework.stereotype.Component;

/** The {@code daily-load} job's work: the ingestion's daily load use case. */
@Component
class IngestDailyLoad implements DailyLoadPort {

    private final RunDailyLoadUseCase dailyLoad;

    IngestDailyLoad(RunDailyLoadUseCase dailyLoad) {
        this.dailyLoad = dailyLoad;
    }

    @Override
    public JobOutcome loadDaily() {
        Optional<LoadRun> run = dailyLoad.runDailyLoad();
        Map<String, Object> summary = new LinkedHashMap<>();
        if (run.isEmpty()) {
            summary.put("load_run", null);
            summary.put("note", "nothing to load: the data is up to date with yesterday or the source");
            return JobOutcome.succeeded(summary);
        }
        LoadRun r = run.get();
        summary.put("load_run", r.id());
        summary.put("from", r.from().toString());
        summary.put("to", r.to().toString());
        summary.put("status", r.status().name());
        summary.put("inserted", r.counts().inserted());
        summary.put("updated", r.counts().updated());
        summary.put("unchanged", r.counts().unchanged());
        summary.put("rejected", r.counts().rejected());
        if (!r.succeeded()) {
            return JobOutcome.failed(
                    summary, "load run " + r.id() + " " + r.status().name().toLowerCase() + ": " + r.error());
        }
        return JobOutcome.succeeded(summary);
    }
}
