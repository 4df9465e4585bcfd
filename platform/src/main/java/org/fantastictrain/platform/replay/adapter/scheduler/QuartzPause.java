package org.fantastictrain.platform.replay.adapter.scheduler;

import org.fantastictrain.platform.replay.application.port.out.SchedulerPausePort;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Puts this instance's Quartz scheduler on standby during a replay (one-shot CLI runs have none).
 * Other instances of a cluster keep firing on the wall clock: run replays on a database of their own.
 */
public class QuartzPause implements SchedulerPausePort {

    private final ObjectProvider<Scheduler> scheduler;

    public QuartzPause(ObjectProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public boolean pause() {
        Scheduler quartz = scheduler.getIfAvailable();
        try {
            if (quartz != null && quartz.isStarted() && !quartz.isInStandbyMode()) {
                quartz.standby();
                return true;
            }
            return false;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot pause the scheduler for the replay: " + e.getMessage(), e);
        }
    }

    @Override
    public void resume() {
        Scheduler quartz = scheduler.getIfAvailable();
        try {
            if (quartz != null && !quartz.isShutdown()) {
                quartz.start();
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot restart the scheduler after the replay: " + e.getMessage(), e);
        }
    }
}
