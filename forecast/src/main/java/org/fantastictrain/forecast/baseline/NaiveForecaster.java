package org.fantastictrain.forecast.baseline;

import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;

/**
 * The naive forecaster (algorithm {@code naive}): every future day is forecast by the last
 * observed value. See the package description for the intervals and in-sample values.
 */
public final class NaiveForecaster implements Forecaster {
    /** The algorithm name stored with fitted models. */
    public static final String ALGORITHM = "naive";

    /** A naive forecaster; it has no settings. */
    public NaiveForecaster() {}

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    /**
     * @throws IllegalArgumentException when the history is empty, all missing, or has fewer than
     *     two observed values
     */
    @Override
    public FittedModel fit(TimeSeries history) {
        return LaggedNaiveModel.fit(ALGORITHM, 1, history);
    }
}
