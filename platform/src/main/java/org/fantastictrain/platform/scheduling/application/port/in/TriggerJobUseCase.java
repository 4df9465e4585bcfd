package org.fantastictrain.platform.scheduling.application.port.in;

import org.fantastictrain.platform.scheduling.domain.JobName;

/** Asks for a job to run now, outside its cron; one of the cluster's scheduler threads runs it. */
public interface TriggerJobUseCase {

    /**
     * Records a QUEUED manual run and hands it to the scheduler. Works whether or not the job's
     * cron trigger is enabled; a run of the same job already in progress finishes first.
     *
     * @return the id of the recorded run
     */
    long trigger(JobName job);
}
