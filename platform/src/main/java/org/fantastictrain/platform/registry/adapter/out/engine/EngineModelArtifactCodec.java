package org.fantastictrain.platform.registry.adapter.out.engine;

import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.io.ModelJson;
import org.fantastictrain.platform.registry.application.port.out.ModelArtifactCodec;
import org.springframework.stereotype.Component;

/** The engine's versioned model JSON ({@code format_version}, algorithm, training window, parameters). */
@Component
class EngineModelArtifactCodec implements ModelArtifactCodec {
    private final ModelJson json = ModelJson.standard();

    @Override
    public String encode(FittedModel model) {
        return json.write(model);
    }

    @Override
    public FittedModel decode(String text) {
        return json.read(text);
    }

    @Override
    public int formatVersion() {
        return ModelJson.FORMAT_VERSION;
    }
}
