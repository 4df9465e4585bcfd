package org.fantastictrain.platform.ingest.application.port.in;

import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.LoadRun;

/**
 * The daily job: loads from the day after the last loaded day up to yesterday of the business
 * clock, bounded by the last day the source has.
 */
public interface RunDailyLoadUseCase {

    /** @return the run, or empty when there was nothing to load (no run is recorded then) */
    Optional<LoadRun> runDailyLoad();
}
