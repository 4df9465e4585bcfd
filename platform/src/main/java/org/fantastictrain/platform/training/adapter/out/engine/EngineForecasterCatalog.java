package org.fantastictrain.platform.training.adapter.out.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.Forecasters;
import org.fantastictrain.forecast.baseline.SeasonalNaiveForecaster;
import org.fantastictrain.forecast.prophet.ProphetConfig;
import org.fantastictrain.forecast.prophet.ProphetForecaster;
import org.fantastictrain.forecast.prophet.SeasonalityMode;
import org.fantastictrain.platform.training.application.port.out.ForecasterCatalogPort;
import org.fantastictrain.platform.training.domain.CandidateSpec;
import org.springframework.stereotype.Component;

/** Builds the forecasting engine's forecasters from training configurations. */
@Component
class EngineForecasterCatalog implements ForecasterCatalogPort {
    private static final Set<String> PROPHET_KEYS = Set.of(
            "changepoints",
            "changepoint_range",
            "changepoint_prior_scale",
            "seasonality_prior_scale",
            "holidays_prior_scale",
            "yearly_order",
            "weekly_order",
            "irish_holidays",
            "seasonality_mode",
            "robust",
            "residual_correction");

    @Override
    public Forecaster forecaster(CandidateSpec spec) {
        Map<String, Object> p = spec.parameters();
        if (p.isEmpty()) {
            return Forecasters.byName(spec.algorithm()); // the engine's default configuration of each algorithm
        }
        return switch (spec.algorithm()) {
            case ProphetForecaster.ALGORITHM -> new ProphetForecaster(prophetConfig(p));
            case SeasonalNaiveForecaster.ALGORITHM -> {
                only(spec, Set.of("period"));
                yield new SeasonalNaiveForecaster(integer(p, "period", SeasonalNaiveForecaster.WEEKLY));
            }
            default ->
                throw new IllegalArgumentException("algorithm '" + spec.algorithm() + "' takes no parameters here "
                        + "(got " + p.keySet() + "); parameters are supported for prophet and snaive; algorithms: "
                        + String.join(", ", Forecasters.NAMES));
        };
    }

    @Override
    public CandidateSpec baseline() {
        return CandidateSpec.of(SeasonalNaiveForecaster.ALGORITHM);
    }

    private static ProphetConfig prophetConfig(Map<String, Object> p) {
        only(new CandidateSpec(ProphetForecaster.ALGORITHM, p), PROPHET_KEYS);
        // The engine's default prophet (robust fit, residual correction), with the given overrides.
        ProphetConfig.Builder b = ProphetConfig.builder().robust(true).residualCorrection(true);
        if (p.containsKey("changepoints")) b.changepoints(integer(p, "changepoints", 25));
        if (p.containsKey("changepoint_range")) b.changepointRange(number(p, "changepoint_range"));
        if (p.containsKey("changepoint_prior_scale")) b.changepointPriorScale(number(p, "changepoint_prior_scale"));
        if (p.containsKey("seasonality_prior_scale")) b.seasonalityPriorScale(number(p, "seasonality_prior_scale"));
        if (p.containsKey("holidays_prior_scale")) b.holidaysPriorScale(number(p, "holidays_prior_scale"));
        if (p.containsKey("yearly_order")) b.yearlyOrder(integer(p, "yearly_order", 10));
        if (p.containsKey("weekly_order")) b.weeklyOrder(integer(p, "weekly_order", 3));
        if (p.containsKey("irish_holidays")) b.irishHolidays(bool(p, "irish_holidays"));
        if (p.containsKey("robust")) b.robust(bool(p, "robust"));
        if (p.containsKey("residual_correction")) b.residualCorrection(bool(p, "residual_correction"));
        if (p.containsKey("seasonality_mode")) {
            b.seasonalityMode(SeasonalityMode.valueOf(
                    String.valueOf(p.get("seasonality_mode")).toUpperCase(Locale.ROOT)));
        }
        return b.build();
    }

    private static void only(CandidateSpec spec, Set<String> allowed) {
        for (String k : spec.parameters().keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("unknown parameter '" + k + "' for " + spec.algorithm()
                        + (allowed.isEmpty() ? " (it takes none)" : ", expected one of " + allowed));
            }
        }
    }

    private static double number(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + v + "'");
        }
    }

    private static int integer(Map<String, Object> p, String key, int fallback) {
        if (!p.containsKey(key)) {
            return fallback;
        }
        double d = number(p, key);
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException(key + " must be a whole number, got " + d);
        }
        return (int) d;
    }

    private static boolean bool(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v));
    }
}
