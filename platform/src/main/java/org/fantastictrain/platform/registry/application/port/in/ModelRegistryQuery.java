package org.fantastictrain.platform.registry.application.port.in;

import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.registry.domain.AliasMove;
import org.fantastictrain.platform.registry.domain.ModelVersion;

/** Reads the registry. */
public interface ModelRegistryQuery {

    /** Whether the platform knows the series (it may have no versions yet). */
    boolean seriesExists(String series);

    /** The versions of a series, newest first, without artifacts. */
    List<ModelVersion> versions(String series);

    /** One version with its artifact. */
    Optional<ModelVersion> version(String series, int version);

    Optional<Integer> championVersion(String series);

    /** Alias moves of a series, newest first. */
    List<AliasMove> aliasHistory(String series);
}
