package org.fantastictrain.forecast.baseline;

import java.time.LocalDate;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.ModelCodec;

/**
 * JSON parameters of {@code naive} models: {@code sigma} (one-step residual standard deviation),
 * {@code observed_offsets} (days since the training start that have a value) and
 * {@code observed_values} (those values), which give the in-sample values and the last value.
 */
public final class NaiveCodec implements ModelCodec {

    @Override
    public String algorithm() {
        return NaiveForecaster.ALGORITHM;
    }

    @Override
    public Map<String, Object> parameters(FittedModel model) {
        if (model instanceof LaggedNaiveModel naive && naive.algorithm().equals(NaiveForecaster.ALGORITHM)) {
            return naive.parameters();
        }
        throw new IllegalArgumentException("not a naive model: " + (model == null ? null : model.algorithm()));
    }

    @Override
    public FittedModel fromParameters(Map<String, Object> parameters, LocalDate trainingStart, LocalDate trainingEnd) {
        return LaggedNaiveModel.fromParameters(NaiveForecaster.ALGORITHM, 1, parameters, trainingStart, trainingEnd);
    }
}
