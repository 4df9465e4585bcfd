package org.fantastictrain.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * An immutable fitted model. Its forecast depends only on the model, the requested days and the
 * interval width, so the same model loaded back from JSON forecasts bit-identically.
 */
public interface FittedModel {

    /** The algorithm's name, as in {@link Forecaster#algorithm()}. */
    String algorithm();

    /** First day of the training history. */
    LocalDate trainingStart();

    /** Last day of the training history. */
    LocalDate trainingEnd();

    /**
     * Forecasts the given days (any order, past days allowed: in-sample fit), with intervals of
     * the given width in {@code (0, 1)}.
     */
    Forecast predict(List<LocalDate> days, double intervalWidth);

    /**
     * The features this model uses for the given days. Models without explicit features (naive
     * baselines, exponential smoothing) return a frame with no columns.
     */
    default InputFrame inputFrame(List<LocalDate> days) {
        return new InputFrame(
                List.of(), days, days.stream().map(d -> new double[0]).toList());
    }
}
