package org.fantastictrain.platform.vintage.application.port.in;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.vintage.domain.ForecastVintage;

/** Reads stored forecast vintages. */
public interface ForecastVintageQuery {

    /** The vintages issued for a series on a day, one per model version, by version. */
    List<ForecastVintage> issuedOn(SeriesId series, LocalDate issuedOn);
}
