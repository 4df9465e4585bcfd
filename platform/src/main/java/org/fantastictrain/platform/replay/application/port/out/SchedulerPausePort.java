package org.fantastictrain.platform.replay.application.port.out;

/** Keeps the wall-clock scheduler of this instance from firing jobs while a replay runs. */
public interface SchedulerPausePort {

    /** @return true if a running scheduler was put on standby (and must be resumed) */
    boolean pause();

    void resume();
}
