package org.fantastictrain.platform.registry.application.port.in;

import java.util.Optional;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.platform.registry.domain.ModelVersion;

/** The champion of any series id (also series outside the four of the data set), with its record. */
public interface ChampionModelQuery {

    Optional<LoadedChampion> championOf(String series);

    /** The champion's registry record (without artifact) and its loaded model. */
    record LoadedChampion(ModelVersion record, FittedModel model) {}
}
