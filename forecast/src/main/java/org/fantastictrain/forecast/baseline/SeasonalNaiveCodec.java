package org.fantastictrain.forecast.baseline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.ModelCodec;

/**
 * JSON parameters of {@code snaive} models: {@code period} (season length in days), {@code sigma}
 * (standard deviation of one-season differences), {@code observed_offsets} (days since the
 * training start that have a value) and {@code observed_values} (those values).
 */
public final class SeasonalNaiveCodec implements ModelCodec {
    static final String PERIOD = "period";

    @Override
    public String algorithm() {
        return SeasonalNaiveForecaster.ALGORITHM;
    }

    @Override
    public Map<String, Object> parameters(FittedModel model) {
        if (model instanceof LaggedNaiveModel naive && naive.algorithm().equals(SeasonalNaiveForecaster.ALGORITHM)) {
            Map<String, Object> parameters = new HashMap<>(naive.parameters());
            parameters.put(PERIOD, naive.period());
            return parameters;
        }
        throw new IllegalArgumentException("not a seasonal naive model: " + (model == null ? null : model.algorithm()));
    }

    @Override
    public FittedModel fromParameters(Map<String, Object> parameters, LocalDate trainingStart, LocalDate trainingEnd) {
        int period = CodecParameters.integer(parameters, PERIOD);
        if (period < 1) {
            throw new IllegalArgumentException("snaive: period must be at least 1, got " + period);
        }
        return LaggedNaiveModel.fromParameters(
                SeasonalNaiveForecaster.ALGORITHM, period, parameters, trainingStart, trainingEnd);
    }
}
