package org.fantastictrain.platform.training.application.service;

import java.util.List;
import org.fantastictrain.platform.training.domain.CandidateSpec;
import org.fantastictrain.platform.training.domain.GatePolicy;

/**
 * How trainings run.
 *
 * @param windowDays train on the last this many days of data; 0 for all history
 * @param folds how many backtest cutoffs, stepping back from the newest day
 * @param horizonDays days forecast after each cutoff
 * @param periodDays days between cutoffs
 * @param minTrainingDays the shortest history a fold may be fitted on
 * @param candidates the configurations fitted and backtested; the best is the challenger
 * @param parallelism threads for training several series
 */
public record TrainingSettings(
        int windowDays,
        int folds,
        int horizonDays,
        int periodDays,
        int minTrainingDays,
        GatePolicy gate,
        List<CandidateSpec> candidates,
        double intervalWidth,
        int parallelism) {
    public TrainingSettings {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("at least one training candidate is needed");
        }
        if (windowDays < 0
                || folds < 1
                || horizonDays < 1
                || periodDays < 1
                || minTrainingDays < 1
                || parallelism < 1) {
            throw new IllegalArgumentException("training window, folds, horizon, period, minimum days and parallelism "
                    + "must be positive (window 0 = all history)");
        }
    }
}
