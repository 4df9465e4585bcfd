package org.fantastictrain.platform.vintage.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.vintage.domain.ForecastVintage;

/**
 * Issues the champion's forecast of a series for the days after an issue date and stores it as a
 * forecast vintage. Issuing again for the same series, champion version and day replaces the
 * stored vintage instead of adding a copy.
 */
public interface IssueForecastVintageUseCase {

    /**
     * @param issuedOn the business date the forecast is issued on; the vintage covers the
     *     configured number of days after it
     * @return the stored vintage, or empty if the series has no champion yet
     */
    Optional<ForecastVintage> issue(SeriesId series, LocalDate issuedOn);
}
