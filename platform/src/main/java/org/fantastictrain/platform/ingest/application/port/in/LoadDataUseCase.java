package org.fantastictrain.platform.ingest.application.port.in;

import org.fantastictrain.platform.ingest.domain.LoadRun;

/** Loads a date range from a source into the observations, as one recorded, all-or-nothing run. */
public interface LoadDataUseCase {

    /**
     * Runs the load. A failure while reading the source or writing the data does not throw: the
     * run comes back FAILED with its reason and no data of it is visible.
     *
     * @throws IllegalArgumentException when the source spec is unknown or malformed (nothing is recorded)
     */
    LoadRun load(LoadCommand command);
}
