package org.fantastictrain.forecast.auto;

import static org.fantastictrain.forecast.baseline.CodecParameters.doubles;
import static org.fantastictrain.forecast.baseline.CodecParameters.string;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.ModelCodec;

/**
 * JSON parameters of {@link AutoModel}: its components (each a full model document written by the
 * component's own codec), weights, calibration errors and choice.
 */
public final class AutoCodec implements ModelCodec {
    private final Function<FittedModel, Map<String, Object>> write;
    private final Function<Map<String, Object>, FittedModel> read;

    /**
     * @param write writes a component as a model document (e.g. {@code ModelJson::toMap})
     * @param read reads a component back (e.g. {@code ModelJson::fromMap})
     */
    public AutoCodec(
            Function<FittedModel, Map<String, Object>> write, Function<Map<String, Object>, FittedModel> read) {
        this.write = Objects.requireNonNull(write);
        this.read = Objects.requireNonNull(read);
    }

    @Override
    public String algorithm() {
        return AutoForecaster.ALGORITHM;
    }

    @Override
    public Map<String, Object> parameters(FittedModel model) {
        if (!(model instanceof AutoModel m)) {
            throw new IllegalArgumentException("not an auto model: " + model.algorithm());
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("choice", m.choice());
        p.put("weights", m.weights());
        p.put("normalised_errors", m.normalisedErrors());
        List<Map<String, Object>> comps = new ArrayList<>();
        for (FittedModel c : m.components()) {
            comps.add(write.apply(c));
        }
        p.put("components", comps);
        return p;
    }

    @Override
    @SuppressWarnings("unchecked")
    public FittedModel fromParameters(Map<String, Object> p, LocalDate trainingStart, LocalDate trainingEnd) {
        if (!(p.get("components") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("parameter 'components' must be a non-empty list");
        }
        List<FittedModel> comps = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> doc)) {
                throw new IllegalArgumentException("parameter 'components' must hold model documents, got " + o);
            }
            comps.add(read.apply((Map<String, Object>) doc));
        }
        return new AutoModel(comps, doubles(p, "weights"), doubles(p, "normalised_errors"), string(p, "choice"));
    }
}
