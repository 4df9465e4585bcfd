package org.fantastictrain.platform.control.adapter.in.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fantastictrain.platform.control.application.port.in.ControlResult;
import org.fantastictrain.platform.control.application.port.in.RunControlUseCase;
import org.fantastictrain.platform.control.domain.Alarm;
import org.fantastictrain.platform.scheduling.application.port.out.ControlRunPort;

/** The daily-forecast job's control evaluation, summarised for the job history. */
public class ScheduledControl implements ControlRunPort {

    private final RunControlUseCase control;

    public ScheduledControl(RunControlUseCase control) {
        this.control = control;
    }

    @Override
    public Map<String, Object> evaluate(LocalDate businessDate) {
        ControlResult r = control.run(businessDate, "scheduler");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("run_id", r.runId());
        summary.put("as_of", r.asOf().toString());
        summary.put("evaluations_written", r.evaluationsWritten());
        summary.put("checks", r.checks().size());
        summary.put("fired", r.fired().stream().map(ScheduledControl::key).toList());
        summary.put("resolved", r.resolved().stream().map(ScheduledControl::key).toList());
        summary.put("firing", r.firing().size());
        return summary;
    }

    private static String key(Alarm a) {
        return a.series() + "/" + a.criterion().id() + "/" + a.severity().label();
    }
}
