package org.fantastictrain.platform.registry.application.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.Champion;
import org.fantastictrain.platform.registry.application.port.in.ChampionModelQuery;
import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;
import org.fantastictrain.platform.registry.application.port.in.ModelRegistryQuery;
import org.fantastictrain.platform.registry.application.port.in.MoveChampionUseCase;
import org.fantastictrain.platform.registry.application.port.in.RegisterModelUseCase;
import org.fantastictrain.platform.registry.application.port.out.CodeVersionPort;
import org.fantastictrain.platform.registry.application.port.out.KnownSeriesPort;
import org.fantastictrain.platform.registry.application.port.out.ModelArtifactCodec;
import org.fantastictrain.platform.registry.application.port.out.ModelRegistryPort;
import org.fantastictrain.platform.registry.domain.AliasMove;
import org.fantastictrain.platform.registry.domain.ModelStatus;
import org.fantastictrain.platform.registry.domain.ModelVersion;
import org.fantastictrain.platform.registry.domain.UnknownModelVersionException;

/** The model registry: versions, the {@code champion} alias and its history, loaded champions. */
public class RegistryService
        implements RegisterModelUseCase, MoveChampionUseCase, ModelRegistryQuery, ChampionQuery, ChampionModelQuery {

    static final String CHAMPION = "champion";

    private final ModelRegistryPort store;
    private final ModelArtifactCodec codec;
    private final CodeVersionPort codeVersion;
    private final KnownSeriesPort knownSeries;
    private final Clock clock;
    private final Map<String, LoadedChampion> loaded;

    public RegistryService(
            ModelRegistryPort store,
            ModelArtifactCodec codec,
            CodeVersionPort codeVersion,
            KnownSeriesPort knownSeries,
            Clock clock,
            int cacheSize) {
        this.store = store;
        this.codec = codec;
        this.codeVersion = codeVersion;
        this.knownSeries = knownSeries;
        this.clock = clock;
        // Versions are immutable, so a loaded model never goes stale; only the size is bounded.
        this.loaded = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LoadedChampion> eldest) {
                return size() > cacheSize;
            }
        });
    }

    @Override
    public Registered register(NewModelVersion c) {
        String artifact = codec.encode(c.model());
        ModelVersion draft = new ModelVersion(
                c.series(),
                0,
                ModelStatus.REJECTED,
                c.model().algorithm(),
                c.configuration(),
                c.metrics(),
                c.trainingStart(),
                c.trainingEnd(),
                c.trainingRows(),
                c.dataFingerprint(),
                codeVersion.codeVersion(),
                codec.formatVersion(),
                artifact,
                c.trainingRunId(),
                clock.instant(),
                null);
        ModelRegistryPort.Stored stored =
                store.store(draft, c.promote(), c.expectedChampion(), "training", c.reason(), clock.instant());
        if (c.promote() && !stored.promoted()) {
            return new Registered(
                    stored.version(),
                    ModelStatus.REJECTED,
                    "the champion alias moved while this run was training (it compared against v" + c.expectedChampion()
                            + "); registered as rejected: " + c.reason());
        }
        return new Registered(
                stored.version(), stored.promoted() ? ModelStatus.CHAMPION : ModelStatus.REJECTED, c.reason());
    }

    @Override
    public AliasMove moveChampion(String series, int version, String movedBy, String reason) {
        return store.moveChampion(series, version, movedBy, reason, clock.instant())
                .orElseThrow(() -> new UnknownModelVersionException(series, version));
    }

    @Override
    public boolean seriesExists(String series) {
        return knownSeries.exists(series);
    }

    @Override
    public List<ModelVersion> versions(String series) {
        return store.versions(series);
    }

    @Override
    public Optional<ModelVersion> version(String series, int version) {
        return store.version(series, version);
    }

    @Override
    public Optional<Integer> championVersion(String series) {
        return store.aliasVersion(series, CHAMPION);
    }

    @Override
    public List<AliasMove> aliasHistory(String series) {
        return store.aliasHistory(series);
    }

    @Override
    public Optional<Champion> champion(SeriesId series) {
        return championOf(series.id()).map(c -> new Champion(series, c.record().version(), c.model()));
    }

    @Override
    public Optional<LoadedChampion> championOf(String series) {
        // One query on the hot path (the alias); versions are immutable, so the loaded pair is cached.
        return store.aliasVersion(series, CHAMPION).flatMap(v -> {
            LoadedChampion cached = loaded.get(key(series, v));
            if (cached != null) {
                return Optional.of(cached);
            }
            return store.version(series, v).map(r -> {
                LoadedChampion c = new LoadedChampion(withoutArtifact(r), codec.decode(r.artifact()));
                loaded.put(key(series, v), c);
                return c;
            });
        });
    }

    private static ModelVersion withoutArtifact(ModelVersion r) {
        return new ModelVersion(
                r.series(),
                r.version(),
                r.status(),
                r.algorithm(),
                r.configuration(),
                r.metrics(),
                r.trainingStart(),
                r.trainingEnd(),
                r.trainingRows(),
                r.dataFingerprint(),
                r.codeVersion(),
                r.artifactFormatVersion(),
                null,
                r.trainingRunId(),
                r.createdAt(),
                r.promotedAt());
    }

    private static String key(String series, int version) {
        return series + "#" + version;
    }
}
