package org.fantastictrain.platform.training.application.port.out;

import java.time.LocalDate;
import org.fantastictrain.forecast.TimeSeries;

/** Reads a series' observations for training. Adapters: PostgreSQL now; Spark or Hive later. */
public interface LoadObservationsPort {

    /** Whether the series is known to the platform (it may still have no observations). */
    boolean seriesExists(String series);

    /**
     * The observations of the days {@code <= until}, oldest first, only the last {@code windowDays}
     * days of them when {@code windowDays > 0}. Missing days are absent. Empty when there are none.
     */
    TimeSeries load(String series, LocalDate until, int windowDays);
}
