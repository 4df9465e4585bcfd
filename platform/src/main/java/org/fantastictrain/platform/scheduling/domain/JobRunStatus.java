package org.fantastictrain.platform.scheduling.domain;

/** Life cycle of a job run: a manual run is QUEUED until a scheduler thread picks it up. */
public enum JobRunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
