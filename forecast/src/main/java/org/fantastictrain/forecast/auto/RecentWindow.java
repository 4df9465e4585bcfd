package org.fantastictrain.forecast.auto;

import java.util.Objects;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;

/**
 * Fits a local model (ETS, naive) on the most recent days of the history only: such models
 * forget old data anyway, and a bounded window bounds their fitting cost on long histories.
 */
public final class RecentWindow implements Forecaster {
    private final Forecaster inner;
    private final int days;

    /**
     * @param inner the forecaster to fit
     * @param days how many most recent days (by calendar) it sees, at least 1
     */
    public RecentWindow(Forecaster inner, int days) {
        this.inner = Objects.requireNonNull(inner);
        if (days < 1) {
            throw new IllegalArgumentException("window must be at least one day: " + days);
        }
        this.days = days;
    }

    @Override
    public String algorithm() {
        return inner.algorithm();
    }

    @Override
    public FittedModel fit(TimeSeries history) {
        if (history.size() == 0) {
            return inner.fit(history);
        }
        return inner.fit(history.between(history.end().minusDays(days), history.end()));
    }
}
