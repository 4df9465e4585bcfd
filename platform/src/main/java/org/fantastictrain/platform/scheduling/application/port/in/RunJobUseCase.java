package org.fantastictrain.platform.scheduling.application.port.in;

import java.time.Instant;
import java.util.Set;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRun;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;

/** Runs a job's work once and records the run; called by the scheduler when a trigger fires. */
public interface RunJobUseCase {

    /**
     * Runs the job now, on the calling thread. The job's own failure does not throw: it is
     * recorded as a FAILED run with its error.
     *
     * @param scheduledFor the firing time this run stands for
     * @param queuedRunId the run recorded when a manual run was requested, or null to record a new one
     * @param instance the scheduler instance running it
     */
    JobRun run(JobName job, RunTrigger trigger, Instant scheduledFor, Long queuedRunId, String instance);

    /**
     * Runs the job now for some series only (jobs that are not per series do all their work), and
     * records a new run; used by replays.
     */
    JobRun run(JobName job, RunTrigger trigger, Instant scheduledFor, String instance, Set<SeriesId> series);
}
