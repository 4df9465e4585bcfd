package org.fantastictrain.platform.execution.application.port.in;

import org.fantastictrain.platform.execution.domain.ServedForecast;

/**
 * Serves the current champion's forecast for some days and logs it for the control service. The
 * log is asynchronous: serving never waits on it, and a full log queue drops (and counts) the entry.
 */
public interface ForecastUseCase {

    /**
     * @throws org.fantastictrain.platform.execution.domain.UnknownSeriesException for an unknown series
     * @throws org.fantastictrain.platform.execution.domain.NoChampionException when the series has no champion
     * @throws org.fantastictrain.platform.execution.domain.InvalidForecastRequestException for too many days
     */
    ServedForecast forecast(ForecastCommand command);
}
