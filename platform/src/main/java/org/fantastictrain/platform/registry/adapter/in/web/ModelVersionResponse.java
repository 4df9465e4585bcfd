package org.fantastictrain.platform.registry.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.fantastictrain.platform.registry.domain.ModelVersion;
import tools.jackson.databind.JsonNode;

/**
 * A registered version. {@code trainingRun} (lineage) and {@code artifact} are only filled when
 * one version is read.
 */
public record ModelVersionResponse(
        String series,
        int version,
        String status,
        boolean champion,
        String algorithm,
        Map<String, Object> configuration,
        Map<String, Object> metrics,
        TrainingWindow trainingWindow,
        String dataFingerprint,
        String codeVersion,
        Long trainingRunId,
        Instant createdAt,
        Instant promotedAt,
        Lineage trainingRun,
        Integer artifactFormatVersion,
        JsonNode artifact) {

    public record TrainingWindow(LocalDate start, LocalDate end, int rows) {}

    /** The training run that produced the version: when, why, on which data, and what the gate said. */
    public record Lineage(
            long id,
            String trigger,
            String status,
            String decision,
            String reason,
            Instant startedAt,
            Instant finishedAt,
            LocalDate dataStart,
            LocalDate dataEnd,
            Integer dataRows,
            String dataFingerprint,
            Integer championVersionCompared,
            String href) {}

    static ModelVersionResponse of(ModelVersion v, Integer champion, Lineage lineage, JsonNode artifact) {
        return new ModelVersionResponse(
                v.series(),
                v.version(),
                v.status().name(),
                champion != null && champion == v.version(),
                v.algorithm(),
                v.configuration(),
                v.metrics(),
                new TrainingWindow(v.trainingStart(), v.trainingEnd(), v.trainingRows()),
                v.dataFingerprint(),
                v.codeVersion(),
                v.trainingRunId(),
                v.createdAt(),
                v.promotedAt(),
                lineage,
                artifact == null ? null : v.artifactFormatVersion(),
                artifact);
    }
}
