package org.fantastictrain.platform.scheduling.application.port.out;

import java.util.Map;

/**
 * The daily incremental load: from the day after the last loaded day up to yesterday of the
 * business clock, bounded by what the source has.
 */
public interface DailyLoadPort {

    /**
     * Runs the daily load.
     *
     * @return a JSON-friendly summary of the load run (id, range, counts, status)
     * @throws RuntimeException when the load fails; the job records the run as FAILED
     */
    Map<String, Object> loadDaily();
}
