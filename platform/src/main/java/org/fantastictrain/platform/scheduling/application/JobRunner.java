package org.fantastictrain.platform.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.scheduling.application.port.in.RunJobUseCase;
import org.fantastictrain.platform.scheduling.application.port.out.JobRunRepository;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;
import org.fantastictrain.platform.scheduling.domain.JobRun;
import org.fantastictrain.platform.scheduling.domain.JobRunStatus;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a job's task and records the run; the business date comes from the injected clock. */
public class JobRunner implements RunJobUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final Map<JobName, JobTask> tasks = new EnumMap<>(JobName.class);
    private final JobRunRepository runs;
    private final Clock clock;

    public JobRunner(List<JobTask> tasks, JobRunRepository runs, Clock clock) {
        for (JobTask task : tasks) {
            this.tasks.put(task.job(), task);
        }
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public JobRun run(JobName job, RunTrigger trigger, Instant scheduledFor, Long queuedRunId, String instance) {
        return run(job, trigger, scheduledFor, queuedRunId, instance, JobTask.allSeries());
    }

    @Override
    public JobRun run(JobName job, RunTrigger trigger, Instant scheduledFor, String instance, Set<SeriesId> series) {
        return run(job, trigger, scheduledFor, null, instance, series);
    }

    private JobRun run(
            JobName job,
            RunTrigger trigger,
            Instant scheduledFor,
            Long queuedRunId,
            String instance,
            Set<SeriesId> series) {
        Instant startedAt = clock.instant();
        long id;
        if (queuedRunId != null) {
            runs.markRunning(queuedRunId, startedAt, instance);
            id = queuedRunId;
        } else {
            id = runs.start(job, trigger, scheduledFor, startedAt, instance);
        }
        JobOutcome outcome = execute(job, LocalDate.ofInstant(startedAt, clock.getZone()), series, trigger);
        JobRunStatus status = outcome.failed() ? JobRunStatus.FAILED : JobRunStatus.SUCCEEDED;
        runs.finish(id, status, clock.instant(), outcome.summary(), outcome.error());
        return runs.find(id).orElseThrow(() -> new IllegalStateException("job run " + id + " vanished"));
    }

    private JobOutcome execute(JobName job, LocalDate businessDate, Set<SeriesId> series, RunTrigger trigger) {
        JobTask task = tasks.get(job);
        if (task == null) {
            return JobOutcome.failed(Map.of(), "no task is configured for job " + job.id());
        }
        try {
            return task.execute(businessDate, series, trigger);
        } catch (RuntimeException e) {
            LOG.warn("job {} failed", job.id(), e);
            return JobOutcome.failed(Map.of(), Errors.describe(e));
        }
    }
}
