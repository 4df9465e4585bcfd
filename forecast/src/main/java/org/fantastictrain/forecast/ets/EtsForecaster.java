package org.fantastictrain.forecast.ets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;

/**
 * Exponential smoothing with additive errors (algorithm {@code ets}): Holt-Winters style level,
 * optional additive or damped trend and optional additive season, fitted by maximum likelihood.
 * With {@link EtsForm#AUTO} every form the history supports is fitted and the one with the
 * smallest AICc kept. Deterministic; stateless and thread-safe. See the package description.
 */
public final class EtsForecaster implements Forecaster {
    /** The algorithm name stored with fitted models. */
    public static final String ALGORITHM = "ets";

    private static final List<EtsForm> CANDIDATES =
            List.of(EtsForm.ANN, EtsForm.AAN, EtsForm.AADN, EtsForm.ANA, EtsForm.AAA, EtsForm.AADA);

    private final EtsConfig config;

    /** Automatic form selection with a weekly season. */
    public EtsForecaster() {
        this(EtsConfig.auto());
    }

    /** The given configuration. */
    public EtsForecaster(EtsConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("ETS config must not be null");
        }
        this.config = config;
    }

    /** This forecaster's configuration. */
    public EtsConfig config() {
        return config;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    /**
     * @throws IllegalArgumentException when the history is empty, all missing or constant, or too
     *     short for the form (a seasonal form needs at least two full seasons of observed days,
     *     and every form at least its parameter count plus three observed days)
     */
    @Override
    public EtsModel fit(TimeSeries history) {
        if (history == null || history.size() == 0) {
            throw new IllegalArgumentException("ets: the history is empty");
        }
        LocalDate start = history.start();
        LocalDate end = history.end();
        double[] grid = grid(history, start, end);
        int observed = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double y : grid) {
            if (!Double.isNaN(y)) {
                observed++;
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        if (observed == 0) {
            throw new IllegalArgumentException("ets: every value in the history is missing");
        }
        if (min == max) {
            throw new IllegalArgumentException("ets: the history is constant (" + min + "); use the naive forecaster");
        }
        int period = config.period();
        if (config.form() != EtsForm.AUTO) {
            String problem = unsupported(config.form(), period, observed, grid.length);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return new EtsModel(EtsEstimator.estimate(config.form(), period, grid), start, end, grid);
        }
        List<String> problems = new ArrayList<>();
        EtsModel best = null;
        for (EtsForm form : CANDIDATES) {
            String problem = unsupported(form, period, observed, grid.length);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            EtsModel model = new EtsModel(EtsEstimator.estimate(form, period, grid), start, end, grid);
            if (best == null || model.aicc() < best.aicc()) {
                best = model;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("ets: no form fits this history: " + String.join("; ", problems));
        }
        return best;
    }

    private static String unsupported(EtsForm form, int period, int observed, int days) {
        if (form.isSeasonal() && (observed < 2 * period || days < 2 * period)) {
            return form.label() + " needs at least two seasons (" + 2 * period + " observed days), got " + observed;
        }
        int parameters = form.smoothingCount() + 1 + (form.hasTrend() ? 1 : 0) + (form.isSeasonal() ? period - 1 : 0);
        if (observed < parameters + 3) {
            return form.label() + " needs at least " + (parameters + 3) + " observed days, got " + observed;
        }
        return null;
    }

    private static double[] grid(TimeSeries history, LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > 1_000_000) {
            throw new IllegalArgumentException("ets: history spans too many days: " + days);
        }
        double[] grid = new double[(int) days];
        Arrays.fill(grid, Double.NaN);
        for (int i = 0; i < history.size(); i++) {
            grid[(int) ChronoUnit.DAYS.between(start, history.ds(i))] = history.y(i);
        }
        return grid;
    }
}
