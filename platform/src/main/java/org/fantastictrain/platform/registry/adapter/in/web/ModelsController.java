package org.fantastictrain.platform.registry.adapter.in.web;

import java.util.List;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.ModelRegistryQuery;
import org.fantastictrain.platform.registry.application.port.in.MoveChampionUseCase;
import org.fantastictrain.platform.registry.domain.ModelVersion;
import org.fantastictrain.platform.registry.domain.UnknownModelVersionException;
import org.fantastictrain.platform.system.web.NotFoundException;
import org.fantastictrain.platform.training.application.port.in.TrainingRunQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The model registry over HTTP: versions, one version with lineage and artifact, champion moves. */
@RestController
@RequestMapping("/api/v1/models")
class ModelsController {
    private final ModelRegistryQuery registry;
    private final MoveChampionUseCase aliases;
    private final TrainingRunQuery runs;
    private final JsonMapper json;

    ModelsController(ModelRegistryQuery registry, MoveChampionUseCase aliases, TrainingRunQuery runs, JsonMapper json) {
        this.registry = registry;
        this.aliases = aliases;
        this.runs = runs;
        this.json = json;
    }

    @GetMapping
    ModelsResponse models(@RequestParam(defaultValue = "corrib_production") String series) {
        requireSeries(series);
        Integer champion = registry.championVersion(series).orElse(null);
        List<ModelVersionResponse> versions = registry.versions(series).stream()
                .map(v -> ModelVersionResponse.of(v, champion, null, null))
                .toList();
        List<AliasMoveResponse> history = registry.aliasHistory(series).stream()
                .map(AliasMoveResponse::of)
                .toList();
        return new ModelsResponse(series, champion, versions, history);
    }

    @GetMapping("/{series}/versions/{version}")
    ModelVersionResponse version(@PathVariable String series, @PathVariable int version) {
        requireSeries(series);
        ModelVersion v = registry.version(series, version)
                .orElseThrow(
                        () -> new NotFoundException(new UnknownModelVersionException(series, version).getMessage()));
        ModelVersionResponse.Lineage lineage = v.trainingRunId() == null
                ? null
                : runs.run(v.trainingRunId())
                        .map(r -> new ModelVersionResponse.Lineage(
                                r.id(),
                                r.trigger(),
                                r.status().name(),
                                r.decision() == null ? null : r.decision().name(),
                                r.reason(),
                                r.startedAt(),
                                r.finishedAt(),
                                r.dataStart(),
                                r.dataEnd(),
                                r.rows(),
                                r.dataFingerprint(),
                                r.champion() == null ? null : r.champion().version(),
                                "/api/v1/trainings/" + r.id()))
                        .orElse(null);
        return ModelVersionResponse.of(
                v, registry.championVersion(series).orElse(null), lineage, json.readTree(v.artifact()));
    }

    /** Manual promotion or rollback; recorded in the alias history like the gate's moves. */
    @PostMapping("/{series}/aliases/champion")
    AliasMoveResponse moveChampion(@PathVariable String series, @RequestBody AliasRequest request) {
        requireSeries(series);
        if (request == null || request.version() == null) {
            throw new IllegalArgumentException(
                    "body must give the version to point champion at, e.g. {\"version\": 1}");
        }
        String reason = request.reason() == null || request.reason().isBlank()
                ? "manual move through the API"
                : request.reason().strip();
        try {
            return AliasMoveResponse.of(aliases.moveChampion(series, request.version(), "api", reason));
        } catch (UnknownModelVersionException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    private void requireSeries(String series) {
        if (!registry.seriesExists(series)) {
            throw new NotFoundException("unknown series '" + series + "'; known series: "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(SeriesId.values())
                                    .map(SeriesId::id)
                                    .toList()));
        }
    }
}
