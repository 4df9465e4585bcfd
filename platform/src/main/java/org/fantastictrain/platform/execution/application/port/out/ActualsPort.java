package org.fantastictrain.platform.execution.application.port.out;

import java.time.LocalDate;
import java.util.Map;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/** Reads the stored actual values of a series, to show them next to in-sample fits. */
public interface ActualsPort {

    /** The observations of {@code from..to} (inclusive), by day; days without a value are absent. */
    Map<LocalDate, Double> actuals(SeriesId series, LocalDate from, LocalDate to);
}
