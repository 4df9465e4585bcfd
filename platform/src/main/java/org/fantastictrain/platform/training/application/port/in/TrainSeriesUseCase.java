package org.fantastictrain.platform.training.application.port.in;

import java.util.List;
import org.fantastictrain.platform.training.domain.TrainingRun;

/**
 * Trains any series id known to the platform (the four of the data set, or generated ones) and
 * returns the full run record. Never throws for data problems: the run comes back FAILED.
 */
public interface TrainSeriesUseCase {

    /** @throws UnknownSeriesException when the platform does not know the series */
    TrainingRun trainSeries(String series, String trigger);

    /** Trains several series in parallel (independent runs); results in the order given. */
    List<TrainingRun> trainAll(List<String> series, String trigger);
}
