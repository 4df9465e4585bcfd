package org.fantastictrain.platform.training.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A forecaster configuration the training can fit: an algorithm name of the engine ({@code auto},
 * {@code prophet}, {@code ets}, {@code snaive}, ...) and its hyper-parameters. Two equal specs fitted
 * on the same rows give the same model, which the gate relies on to reuse backtests.
 */
public record CandidateSpec(String algorithm, Map<String, Object> parameters) {
    public CandidateSpec {
        Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm.isBlank()) {
            throw new IllegalArgumentException("algorithm must not be blank");
        }
        TreeMap<String, Object> normalised = new TreeMap<>();
        if (parameters != null) {
            // Numbers as doubles, so a configuration read back from JSON equals the configured one.
            parameters.forEach((k, v) -> normalised.put(k, v instanceof Number n ? (Object) n.doubleValue() : v));
        }
        parameters = java.util.Collections.unmodifiableMap(normalised);
    }

    public static CandidateSpec of(String algorithm) {
        return new CandidateSpec(algorithm, Map.of());
    }

    /** A short human-readable label, e.g. {@code prophet{changepoint_prior_scale=0.1}}. */
    public String label() {
        return parameters.isEmpty() ? algorithm : algorithm + parameters;
    }
}
