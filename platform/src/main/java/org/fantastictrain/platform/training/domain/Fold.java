package org.fantastictrain.platform.training.domain;

import java.time.LocalDate;

/**
 * One backtest fold: a model is fitted on the days {@code <= cutoff} and scored on the days in
 * {@code (cutoff, end]}.
 */
public record Fold(int index, LocalDate cutoff, LocalDate end) {
    public Fold {
        if (!end.isAfter(cutoff)) {
            throw new IllegalArgumentException("fold end " + end + " must be after its cutoff " + cutoff);
        }
    }

    /** Days after the cutoff of a day in this fold's window: 1 for the day after the cutoff. */
    public int horizonOf(LocalDate day) {
        return (int) (day.toEpochDay() - cutoff.toEpochDay());
    }
}
