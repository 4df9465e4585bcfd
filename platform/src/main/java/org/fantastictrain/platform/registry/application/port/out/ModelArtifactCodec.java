package org.fantastictrain.platform.registry.application.port.out;

import org.fantastictrain.forecast.FittedModel;

/** Turns fitted models into the engine's versioned JSON and back. */
public interface ModelArtifactCodec {

    String encode(FittedModel model);

    /** @throws IllegalArgumentException when the JSON is not a model this engine can read */
    FittedModel decode(String json);

    /** The {@code format_version} written by {@link #encode}. */
    int formatVersion();
}
