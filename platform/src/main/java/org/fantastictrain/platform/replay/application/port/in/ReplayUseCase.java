package org.fantastictrain.platform.replay.application.port.in;

import org.fantastictrain.platform.replay.domain.ReplayRun;

/**
 * Replays the platform's loop over a past period on the virtual business clock: for each day, the
 * daily-load job, the training job when its cron fires that day, and the daily-forecast job (which
 * runs the control evaluation), all through the job runner. One replay at a time.
 */
public interface ReplayUseCase {

    /**
     * Checks the command against the source and the database and records the run (or picks up a
     * stopped or failed run of the same range).
     *
     * @throws org.fantastictrain.platform.replay.domain.ReplayRefusedException with the reason
     */
    PreparedReplay prepare(ReplayCommand command);

    /** Runs a prepared replay to its end, or to the day boundary after a stop request. */
    ReplayRun run(PreparedReplay prepared, ReplayProgress progress);

    /** Asks the running replay to stop after the current day. */
    void requestStop();
}
