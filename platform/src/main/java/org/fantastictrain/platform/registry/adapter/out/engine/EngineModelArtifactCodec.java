package org.fantastictrain.platform.registry.adapter.out.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.ModelCodec;
import org.fantastictrain.forecast.baseline.NaiveCodec;
import org.fantastictrain.forecast.baseline.SeasonalNaiveCodec;
import org.fantastictrain.platform.registry.application.port.out.ModelArtifactCodec;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The engine's versioned model JSON: {@code format_version}, algorithm, training window, parameters. */
@Component
class EngineModelArtifactCodec implements ModelArtifactCodec {
    static final int FORMAT_VERSION = 1;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, ModelCodec> codecs = new LinkedHashMap<>();

    EngineModelArtifactCodec() {
        for (ModelCodec c : List.of(new SeasonalNaiveCodec(), new NaiveCodec())) {
            codecs.put(c.algorithm(), c);
        }
    }

    @Override
    public String encode(FittedModel model) {
        ModelCodec codec = codec(model.algorithm());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format_version", FORMAT_VERSION);
        json.put("algorithm", model.algorithm());
        json.put("training_start", model.trainingStart().toString());
        json.put("training_end", model.trainingEnd().toString());
        json.put("parameters", codec.parameters(model));
        return MAPPER.writeValueAsString(json);
    }

    @Override
    public FittedModel decode(String text) {
        Map<String, Object> json = MAPPER.readValue(text, MAP);
        Object version = json.get("format_version");
        if (!(version instanceof Number n) || n.intValue() != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported model format_version " + version);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) json.get("parameters");
        return codec(String.valueOf(json.get("algorithm"))).fromParameters(parameters,
                LocalDate.parse(String.valueOf(json.get("training_start"))),
                LocalDate.parse(String.valueOf(json.get("training_end"))));
    }

    @Override
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    private ModelCodec codec(String algorithm) {
        ModelCodec codec = codecs.get(algorithm);
        if (codec == null) {
            throw new IllegalArgumentException("no model codec for algorithm " + algorithm);
        }
        return codec;
    }
}
