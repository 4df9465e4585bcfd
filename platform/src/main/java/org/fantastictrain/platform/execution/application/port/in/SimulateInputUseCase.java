package org.fantastictrain.platform.execution.application.port.in;

import org.fantastictrain.platform.execution.domain.DateRange;
import org.fantastictrain.platform.execution.domain.ModelInput;

/** The input simulator: the champion's input frame (its features) for a range of days. */
public interface SimulateInputUseCase {

    /**
     * @param series the series id, or null for the default series
     * @throws org.fantastictrain.platform.execution.domain.UnknownSeriesException for an unknown series
     * @throws org.fantastictrain.platform.execution.domain.NoChampionException when the series has no champion
     * @throws org.fantastictrain.platform.execution.domain.InvalidForecastRequestException when the range is too long
     */
    ModelInput simulate(String series, DateRange range);
}
