package org.fantastictrain.forecast.baseline;

import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;

/**
 * The seasonal naive forecaster (algorithm {@code snaive}): a day is forecast by the latest
 * observed value a whole number of seasons earlier, by default the same weekday of the last week
 * in which that weekday was observed. See the package description for the intervals and in-sample
 * values.
 */
public final class SeasonalNaiveForecaster implements Forecaster {
    /** The algorithm name stored with fitted models. */
    public static final String ALGORITHM = "snaive";
    /** The default season: one week of daily values. */
    public static final int WEEKLY = 7;

    private final int period;

    /** A weekly seasonal naive forecaster (period 7 days). */
    public SeasonalNaiveForecaster() {
        this(WEEKLY);
    }

    /**
     * A seasonal naive forecaster with the given season length in days.
     *
     * @throws IllegalArgumentException when {@code period < 1}
     */
    public SeasonalNaiveForecaster(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("season period must be at least 1 day, got " + period);
        }
        this.period = period;
    }

    /** The season length in days. */
    public int period() {
        return period;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    /**
     * @throws IllegalArgumentException when the history is empty, all missing, or has no two
     *     observed values a whole number of seasons apart
     */
    @Override
    public FittedModel fit(TimeSeries history) {
        return LaggedNaiveModel.fit(ALGORITHM, period, history);
    }
}
