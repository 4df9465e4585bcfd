package org.fantastictrain.platform.training.application.port.in;

import org.fantastictrain.platform.ingest.domain.SeriesId;

/**
 * Trains a challenger for one series, backtests it against the champion on the same folds and
 * promotes it only if the metric improves. Runs for the same series never overlap.
 */
public interface TrainUseCase {

    /**
     * Runs one training. Data problems do not throw: the run is recorded and returned as FAILED
     * with its reason, and the registry is left unchanged.
     *
     * @param trigger who or what asked, e.g. {@code cli}, {@code http}, {@code scheduler}
     */
    TrainingOutcome train(SeriesId series, String trigger);
}
