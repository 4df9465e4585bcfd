package org.fantastictrain.platform.ingest.application.port.out;

import org.fantastictrain.platform.ingest.domain.LoadRun;

/**
 * Told about every load that succeeded, after its transaction committed (e.g. the control service
 * re-evaluates the forecasts of the loaded days). A failing listener does not fail the load.
 */
public interface LoadListener {

    void loaded(LoadRun run);
}
