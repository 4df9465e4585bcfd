package org.fantastictrain.platform.execution.application.port.out;

import org.fantastictrain.platform.execution.domain.ServedForecast;

/** Where served forecasts are logged. Implementations must not block the caller. */
public interface ServedForecastLog {

    /**
     * Queues the forecast for writing.
     *
     * @return false when it was dropped (queue full or log stopped)
     */
    boolean record(ServedForecast forecast);
}
