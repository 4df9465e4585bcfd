package org.fantastictrain.platform.training.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The folds every candidate, the champion and the baseline are scored on: {@code count} cutoffs
 * stepping back from the newest day by {@code periodDays}, each scored over {@code horizonDays}.
 * The first fold ends on the last day of the data, so the gate looks at the newest data.
 */
public record FoldPlan(int horizonDays, int periodDays, List<Fold> folds) {
    public FoldPlan {
        folds = List.copyOf(folds);
    }

    public static FoldPlan newest(LocalDate lastDay, int count, int horizonDays, int periodDays) {
        if (count < 1 || horizonDays < 1 || periodDays < 1) {
            throw new IllegalArgumentException("folds, horizon and period must be positive");
        }
        List<Fold> folds = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            LocalDate cutoff = lastDay.minusDays(horizonDays + (long) k * periodDays);
            folds.add(new Fold(k + 1, cutoff, cutoff.plusDays(horizonDays)));
        }
        return new FoldPlan(horizonDays, periodDays, folds);
    }

    /** The oldest cutoff: the shortest history any fold is fitted on ends there. */
    public LocalDate earliestCutoff() {
        return folds.stream().map(Fold::cutoff).min(LocalDate::compareTo).orElseThrow();
    }
}
