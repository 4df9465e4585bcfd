package org.fantastictrain.platform.scheduling.application.port.out;

import java.time.LocalDate;
import java.util.Map;

/** The control service's evaluation of a business day, run by the daily-forecast job. */
public interface ControlRunPort {

    /** Runs it and returns a JSON-friendly summary for the job history. */
    Map<String, Object> evaluate(LocalDate businessDate);
}
