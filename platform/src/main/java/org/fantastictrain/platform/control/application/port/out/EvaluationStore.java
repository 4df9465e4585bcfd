package org.fantastictrain.platform.control.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.control.domain.EvaluatedPoint;

/** The stored join of logged forecasts (vintages, served forecasts) with actuals. */
public interface EvaluationStore {

    /**
     * Evaluates every logged forecast of a day in {@code from..to} that has an actual; rows whose
     * forecast and actual did not change are left alone. Returns the rows inserted or changed.
     */
    int refresh(LocalDate from, LocalDate to, Instant now);

    /** Evaluated points of the days {@code from..to}, optionally of one source only. */
    List<EvaluatedPoint> points(String series, LocalDate from, LocalDate to, Optional<String> source);
}
