package org.fantastictrain.platform.registry.application.port.in;

import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/** Reads the model the {@code champion} alias points at for a series. */
public interface ChampionQuery {

    Optional<Champion> champion(SeriesId series);
}
