package org.fantastictrain.platform.control.application.port.in;

import java.time.LocalDate;

/** Joins logged forecasts of the days {@code from..to} with their actuals (after a load, a revision). */
public interface RefreshEvaluationsUseCase {

    /** Returns the evaluation rows inserted or changed. */
    int refresh(LocalDate from, LocalDate to);
}
