package org.fantastictrain.platform.training.application.port.out;

import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.platform.training.domain.CandidateSpec;

/** Builds the engine's forecasters from configurations. */
public interface ForecasterCatalogPort {

    /** @throws IllegalArgumentException for an unknown algorithm or invalid parameters */
    Forecaster forecaster(CandidateSpec spec);

    /** The baseline a first champion must beat: seasonal naive with a weekly season. */
    CandidateSpec baseline();
}
