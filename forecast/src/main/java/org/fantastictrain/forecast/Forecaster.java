package org.fantastictrain.forecast;

/**
 * A configured algorithm that learns from a history. Stateless and thread-safe: fitting returns a
 * new immutable {@link FittedModel} and changes nothing in the forecaster.
 */
public interface Forecaster {

    /** The algorithm's name as stored with models, e.g. {@code prophet}, {@code ets}, {@code snaive}. */
    String algorithm();

    /**
     * Fits the model on the history.
     *
     * @throws IllegalArgumentException when the history cannot support the model (too short,
     *     all missing, constant where that is meaningless), with a message saying why
     */
    FittedModel fit(TimeSeries history);
}
