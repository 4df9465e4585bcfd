package org.fantastictrain.platform.scheduling.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;

/** The work behind one job. */
public interface JobTask {

    JobName job();

    /**
     * Does the job's work for a business day.
     *
     * @param businessDate today on the business clock when the run started
     */
    JobOutcome execute(LocalDate businessDate);

    /**
     * Does the job's work for a business day, restricted to some series where the job works per
     * series (a replay of one series); jobs that are not per series ignore the restriction.
     */
    default JobOutcome execute(LocalDate businessDate, Set<SeriesId> series, RunTrigger trigger) {
        return execute(businessDate);
    }

    static Set<SeriesId> allSeries() {
        return EnumSet.allOf(SeriesId.class);
    }
}
