package org.fantastictrain.platform.scheduling.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded run of a job.
 *
 * @param scheduledFor the cron firing time it stands for, or the request time of a manual run
 * @param startedAt null while QUEUED
 * @param finishedAt null until SUCCEEDED or FAILED
 * @param summary what the job did (per series outcomes, counts), empty if nothing to say
 * @param error why it failed, null unless FAILED
 * @param instance the scheduler instance that ran it
 */
public record JobRun(
        long id,
        JobName job,
        RunTrigger trigger,
        Instant scheduledFor,
        Instant startedAt,
        Instant finishedAt,
        JobRunStatus status,
        Map<String, Object> summary,
        String error,
        String instance) {

    public JobRun {
        summary = summary == null ? Map.of() : summary;
    }
}
