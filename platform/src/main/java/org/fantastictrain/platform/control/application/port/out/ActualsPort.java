package org.fantastictrain.platform.control.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the loaded actuals. */
public interface ActualsPort {

    /** Values of the days {@code from..to} that have one, in day order. */
    double[] values(String series, LocalDate from, LocalDate to);

    /** The newest day with an actual up to {@code asOf}. */
    Optional<LocalDate> lastDay(String series, LocalDate asOf);

    /** Days of {@code from..to}, not before the first loaded day, that have no actual. */
    List<LocalDate> missingDays(String series, LocalDate from, LocalDate to);
}
