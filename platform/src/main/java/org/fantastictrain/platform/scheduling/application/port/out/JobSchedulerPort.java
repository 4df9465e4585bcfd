package org.fantastictrain.platform.scheduling.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.domain.JobName;

/** The persistent scheduler that fires the jobs. */
public interface JobSchedulerPort {

    /** Asks the scheduler to run the job as soon as a thread is free, for the given queued run. */
    void fireNow(JobName job, long queuedRunId);

    /** When the job's cron trigger fires next; empty if it has none (disabled). */
    Optional<Instant> nextFireTime(JobName job);
}
