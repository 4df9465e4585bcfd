package org.fantastictrain.platform.scheduling.application;

import java.time.LocalDate;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;

/** The work behind one job. */
public interface JobTask {

    JobName job();

    /**
     * Does the job's work for a business day.
     *
     * @param businessDate today on the business clock when the run started
     */
    JobOutcome execute(LocalDate businessDate);
}
