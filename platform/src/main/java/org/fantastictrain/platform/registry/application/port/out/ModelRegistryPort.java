package org.fantastictrain.platform.registry.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.registry.domain.AliasMove;
import org.fantastictrain.platform.registry.domain.ModelVersion;

/** Registry storage. Each write method is one transaction, serialised per series. */
public interface ModelRegistryPort {

    /**
     * Stores {@code draft} as the next version of its series (its {@code version} and
     * {@code status} fields are ignored). When {@code promote} and the champion alias still points
     * at {@code expectedChampion}, moves the alias to it with a history row; otherwise stores it
     * as rejected.
     */
    Stored store(
            ModelVersion draft, boolean promote, Integer expectedChampion, String movedBy, String reason, Instant at);

    /** Moves {@code champion} to an existing version, with a history row. Empty when it does not exist. */
    Optional<AliasMove> moveChampion(String series, int version, String movedBy, String reason, Instant at);

    List<ModelVersion> versions(String series);

    Optional<ModelVersion> version(String series, int version);

    Optional<Integer> aliasVersion(String series, String alias);

    List<AliasMove> aliasHistory(String series);

    /**
     * @param promoted whether the alias was moved to the new version
     */
    record Stored(int version, boolean promoted) {}
}
