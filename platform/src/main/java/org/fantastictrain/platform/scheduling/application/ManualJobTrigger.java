package org.fantastictrain.platform.scheduling.application;

import java.time.Clock;
import java.util.Map;
import org.fantastictrain.platform.scheduling.application.port.in.TriggerJobUseCase;
import org.fantastictrain.platform.scheduling.application.port.out.JobRunRepository;
import org.fantastictrain.platform.scheduling.application.port.out.JobSchedulerPort;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRunStatus;

/** Records a queued manual run and hands it to the scheduler. */
public class ManualJobTrigger implements TriggerJobUseCase {

    private final JobRunRepository runs;
    private final JobSchedulerPort scheduler;
    private final Clock clock;

    public ManualJobTrigger(JobRunRepository runs, JobSchedulerPort scheduler, Clock clock) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public long trigger(JobName job) {
        long id = runs.queue(job, clock.instant());
        try {
            scheduler.fireNow(job, id);
        } catch (RuntimeException e) {
            // The run was never handed over: close it so it does not stay QUEUED forever.
            runs.finish(
                    id,
                    JobRunStatus.FAILED,
                    clock.instant(),
                    Map.of(),
                    "could not queue the run: " + Errors.describe(e));
            throw e;
        }
        return id;
    }
}
