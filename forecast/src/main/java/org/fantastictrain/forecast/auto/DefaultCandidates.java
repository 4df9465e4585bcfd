package org.fantastictrain.forecast.auto;

import java.util.ArrayList;
import java.util.List;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.baseline.SeasonalNaiveForecaster;
import org.fantastictrain.forecast.ets.EtsConfig;
import org.fantastictrain.forecast.ets.EtsForecaster;
import org.fantastictrain.forecast.ets.EtsForm;
import org.fantastictrain.forecast.prophet.ProphetConfig;
import org.fantastictrain.forecast.prophet.ProphetForecaster;

/**
 * The automatic model's default candidates, adapted to the history's length: Prophet-class
 * models (robust fit, residual correction) with a stiff, a medium and a flexible trend, damped-trend
 * ETS with a weekly season (fitted on the last year: a local model, and a bounded cost), and the weekly seasonal naive; yearly
 * seasonality only with at least two years of history (Prophet's rule), weekly with at least
 * four weeks.
 */
public final class DefaultCandidates {
    /** Fewest observed days the automatic model accepts. */
    public static final int MIN_OBSERVED = 28;
    /** Days of recent history ETS is fitted on. */
    public static final int ETS_WINDOW = 365;

    private DefaultCandidates() {}

    /** The candidates for this history. */
    public static List<AutoForecaster.Candidate> forHistory(TimeSeries history) {
        long span = history.size() == 0
                ? 0
                : history.end().toEpochDay() - history.start().toEpochDay() + 1;
        int yearly = span >= 730 ? 10 : 0;
        int weekly = span >= 28 ? 3 : 0;
        List<AutoForecaster.Candidate> out = new ArrayList<>();
        for (double cp : new double[] {0.05, 0.2, 1.0}) {
            ProphetConfig config = ProphetConfig.builder()
                    .changepointPriorScale(cp)
                    .yearlyOrder(yearly)
                    .weeklyOrder(weekly)
                    .robust(true)
                    .residualCorrection(true)
                    .build();
            out.add(new AutoForecaster.Candidate("prophet(cp=" + cp + ")", new ProphetForecaster(config)));
        }
        out.add(new AutoForecaster.Candidate(
                "ets(AADA)", new RecentWindow(new EtsForecaster(EtsConfig.of(EtsForm.AADA)), ETS_WINDOW)));
        out.add(new AutoForecaster.Candidate("snaive", new SeasonalNaiveForecaster()));
        return out;
    }
}
