package org.fantastictrain.platform.scheduling.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRun;
import org.fantastictrain.platform.scheduling.domain.JobRunStatus;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;

/** Stores the job-run history. */
public interface JobRunRepository {

    /** Records a manual run waiting for a scheduler thread; returns its id. */
    long queue(JobName job, Instant requestedAt);

    /** Records a run that starts now; returns its id. */
    long start(JobName job, RunTrigger trigger, Instant scheduledFor, Instant startedAt, String instance);

    /** Moves a QUEUED run to RUNNING. */
    void markRunning(long id, Instant startedAt, String instance);

    void finish(long id, JobRunStatus status, Instant finishedAt, Map<String, Object> summary, String error);

    List<JobRun> recent(Optional<JobName> job, int limit);

    Optional<JobRun> find(long id);
}
