package org.fantastictrain.platform.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One registered model of a series, with its provenance.
 *
 * @param configuration the forecaster configuration it was fitted with (algorithm and
 *     hyper-parameters), refitted by later gates
 * @param algorithm the fitted model's algorithm (what {@code auto} resolved to)
 * @param metrics backtest metrics (JSON-ready map), overall and per horizon bucket
 * @param dataFingerprint SHA-256 of the training rows {@code ds,value}
 * @param artifact the engine's versioned JSON of the fitted model; null in listings
 */
public record ModelVersion(
        String series,
        int version,
        ModelStatus status,
        String algorithm,
        Map<String, Object> configuration,
        Map<String, Object> metrics,
        LocalDate trainingStart,
        LocalDate trainingEnd,
        int trainingRows,
        String dataFingerprint,
        String codeVersion,
        Integer artifactFormatVersion,
        String artifact,
        Long trainingRunId,
        Instant createdAt,
        Instant promotedAt) {}
