package org.fantastictrain.platform.replay.domain;

/** Where a replay run stands. */
public enum ReplayStatus {
    RUNNING,
    /** Stopped at a day boundary (Ctrl-C, or asked to stop); a re-run of the same range resumes. */
    STOPPED,
    SUCCEEDED,
    /** A day could not be replayed; a re-run of the same range resumes from that day. */
    FAILED
}
