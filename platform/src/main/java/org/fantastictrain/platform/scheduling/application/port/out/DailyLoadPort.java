package org.fantastictrain.platform.scheduling.application.port.out;

import org.fantastictrain.platform.scheduling.domain.JobOutcome;

/**
 * The daily incremental load: from the day after the last loaded day up to yesterday of the
 * business clock, bounded by what the source has.
 */
public interface DailyLoadPort {

    /**
     * Runs the daily load.
     *
     * @return the load run's summary (id, range, counts, status); failed if the load run failed
     */
    JobOutcome loadDaily();
}
