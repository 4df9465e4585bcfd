package org.fantastictrain.forecast.ets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.ModelCodec;
import org.fantastictrain.forecast.baseline.CodecParameters;

/**
 * JSON parameters of {@code ets} models:
 * <ul>
 *   <li>{@code form}: the concrete {@link EtsForm} name, e.g. {@code "AADA"};</li>
 *   <li>{@code period}: season length in days;</li>
 *   <li>{@code alpha}, {@code beta}, {@code gamma}, {@code phi}: smoothing parameters (0, 0, 1 for
 *       the components a form lacks);</li>
 *   <li>{@code initial_level}, {@code initial_trend}, {@code initial_season}: the states before
 *       the training start; {@code initial_season[k]} applies to days {@code k, k + period, ...}
 *       after the training start until first updated; empty for non-seasonal forms;</li>
 *   <li>{@code observed_offsets}, {@code observed_values}: the training values, by days since the
 *       training start, from which the final states and in-sample fit are recomputed exactly.</li>
 * </ul>
 */
public final class EtsCodec implements ModelCodec {

    @Override
    public String algorithm() {
        return EtsForecaster.ALGORITHM;
    }

    @Override
    public Map<String, Object> parameters(FittedModel model) {
        if (!(model instanceof EtsModel ets)) {
            throw new IllegalArgumentException("not an ets model: " + (model == null ? null : model.algorithm()));
        }
        EtsModel.Parameters p = ets.parameters();
        double[] grid = ets.grid();
        List<Integer> offsets = new ArrayList<>();
        for (int t = 0; t < grid.length; t++) {
            if (!Double.isNaN(grid[t])) {
                offsets.add(t);
            }
        }
        double[] values = new double[offsets.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = grid[offsets.get(i)];
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("form", p.form().name());
        parameters.put("period", p.period());
        parameters.put("alpha", p.alpha());
        parameters.put("beta", p.beta());
        parameters.put("gamma", p.gamma());
        parameters.put("phi", p.phi());
        parameters.put("initial_level", p.initialLevel());
        parameters.put("initial_trend", p.initialTrend());
        parameters.put("initial_season", p.initialSeason().clone());
        parameters.put("observed_offsets", offsets);
        parameters.put("observed_values", values);
        return parameters;
    }

    @Override
    public FittedModel fromParameters(Map<String, Object> parameters, LocalDate trainingStart, LocalDate trainingEnd) {
        if (trainingStart == null || trainingEnd == null || trainingEnd.isBefore(trainingStart)) {
            throw new IllegalArgumentException("ets: invalid training window " + trainingStart + " .. " + trainingEnd);
        }
        EtsForm form;
        try {
            form = EtsForm.valueOf(CodecParameters.string(parameters, "form"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ets: unknown or missing form: " + e.getMessage(), e);
        }
        if (form == EtsForm.AUTO) {
            throw new IllegalArgumentException("ets: a fitted model needs a concrete form, not AUTO");
        }
        int period = CodecParameters.integer(parameters, "period");
        double[] season = CodecParameters.doubles(parameters, "initial_season");
        if (period < 2 || season.length != (form.isSeasonal() ? period : 0)) {
            throw new IllegalArgumentException("ets: initial_season must hold " + (form.isSeasonal() ? period : 0)
                    + " values for " + form.label() + " with period " + period + ", got " + season.length);
        }
        EtsModel.Parameters p = new EtsModel.Parameters(
                form,
                period,
                finite(parameters, "alpha"),
                finite(parameters, "beta"),
                finite(parameters, "gamma"),
                finite(parameters, "phi"),
                finite(parameters, "initial_level"),
                finite(parameters, "initial_trend"),
                season);
        int[] offsets = CodecParameters.integers(parameters, "observed_offsets");
        double[] values = CodecParameters.doubles(parameters, "observed_values");
        long days = ChronoUnit.DAYS.between(trainingStart, trainingEnd) + 1;
        if (offsets.length != values.length || offsets.length == 0 || days > 1_000_000) {
            throw new IllegalArgumentException(
                    "ets: observed offsets and values must be non-empty and of equal length");
        }
        double[] grid = new double[(int) days];
        Arrays.fill(grid, Double.NaN);
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0 || offsets[i] >= grid.length || (i > 0 && offsets[i] <= offsets[i - 1])) {
                throw new IllegalArgumentException(
                        "ets: observed offsets must be increasing and inside the training window");
            }
            grid[offsets[i]] = values[i];
        }
        return new EtsModel(p, trainingStart, trainingEnd, grid);
    }

    private static double finite(Map<String, Object> parameters, String key) {
        double value = CodecParameters.number(parameters, key);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("ets: parameter '" + key + "' must be finite, got " + value);
        }
        return value;
    }
}
