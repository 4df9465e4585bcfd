package org.fantastictrain.platform.vintage.application.port.out;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.vintage.domain.ForecastVintage;

/** Where forecast vintages are kept. */
public interface ForecastVintageStore {

    /**
     * Stores a vintage atomically; days already stored for the same series, model version and
     * issue day are overwritten, so a re-run never duplicates.
     */
    void save(ForecastVintage vintage);

    List<ForecastVintage> issuedOn(SeriesId series, LocalDate issuedOn);
}
