package org.fantastictrain.platform.scheduling.adapter.quartz;

import java.time.Instant;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.application.port.out.JobSchedulerPort;
import org.fantastictrain.platform.scheduling.domain.JobName;

/**
 * For processes without a scheduler (one-shot CLI commands): they neither touch the job store nor
 * queue runs, so they never interfere with the serving instances' cluster.
 */
public class NoJobScheduler implements JobSchedulerPort {

    @Override
    public void fireNow(JobName job, long queuedRunId) {
        throw new IllegalStateException(
                "no scheduler runs in this process; trigger " + job.id() + " on a serving instance");
    }

    @Override
    public Optional<Instant> nextFireTime(JobName job) {
        return Optional.empty();
    }
}
