package org.fantastictrain.platform.control.application.port.in;

import java.time.LocalDate;

/** Evaluates logged forecasts against actuals, runs the criteria and moves the alarms. */
public interface RunControlUseCase {

    /**
     * One control run for a business day: refreshes the evaluations, stores a check per criterion
     * (and window) and series, fires and resolves alarms, attempts their delivery.
     *
     * @param trigger who asked: {@code cli}, {@code scheduler}, {@code http}
     */
    ControlResult run(LocalDate asOf, String trigger);
}
