package org.fantastictrain.platform.control.application.port.out;

import java.util.Optional;
import org.fantastictrain.platform.control.domain.ChampionReference;

/** The registry's champion of a series: version, training end, backtest RMSE. */
public interface ChampionReferencePort {

    Optional<ChampionReference> champion(String series);
}
