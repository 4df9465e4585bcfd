package org.fantastictrain.platform.replay.application.port.in;

import org.fantastictrain.platform.replay.domain.ReplayRun;

/** Told after each replayed day. */
@FunctionalInterface
public interface ReplayProgress {

    ReplayProgress NONE = run -> {};

    /** @param run the run with the day just finished as its current day and the counts so far */
    void dayDone(ReplayRun run);
}
