package org.fantastictrain.forecast;

import java.time.LocalDate;
import java.util.Map;

/**
 * Turns one algorithm's fitted models into JSON-ready parameters and back. Values in the map are
 * JSON types only: {@code Number}, {@code String}, {@code Boolean}, {@code List}, {@code Map},
 * {@code double[]} (written as a JSON array). Doubles must round-trip exactly, so a model loaded
 * back forecasts bit-identically.
 */
public interface ModelCodec {

    /** The algorithm this codec handles, as in {@link FittedModel#algorithm()}. */
    String algorithm();

    /** The parameters of a fitted model of this algorithm (everything needed to forecast). */
    Map<String, Object> parameters(FittedModel model);

    /**
     * Rebuilds a model from parameters previously produced by {@link #parameters}.
     *
     * @throws IllegalArgumentException when a parameter is missing or malformed
     */
    FittedModel fromParameters(Map<String, Object> parameters, LocalDate trainingStart, LocalDate trainingEnd);
}
