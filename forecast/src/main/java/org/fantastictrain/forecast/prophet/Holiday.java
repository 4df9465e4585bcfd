package org.fantastictrain.forecast.prophet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a holiday, with Prophet's window convention: the effect covers the days
 * {@code date + lowerWindow .. date + upperWindow}, each offset with its own coefficient shared by
 * all occurrences of the same name.
 *
 * @param name the holiday's name; occurrences with the same name share effects
 * @param date the day of this occurrence
 * @param lowerWindow days before, {@code <= 0}
 * @param upperWindow days after, {@code >= 0}
 */
public record Holiday(String name, LocalDate date, int lowerWindow, int upperWindow) {
    public Holiday {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("holiday needs a name");
        }
        Objects.requireNonNull(date, "holiday date");
        if (lowerWindow > 0 || upperWindow < 0) {
            throw new IllegalArgumentException("holiday '" + name
                    + "' window must satisfy lowerWindow <= 0 <= upperWindow: " + lowerWindow + ", " + upperWindow);
        }
    }

    /** A single-day holiday. */
    public static Holiday on(String name, LocalDate date) {
        return new Holiday(name, date, 0, 0);
    }
}
