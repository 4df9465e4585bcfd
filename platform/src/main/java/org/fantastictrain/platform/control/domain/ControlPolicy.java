package org.fantastictrain.platform.control.domain;

import java.util.List;

/**
 * Thresholds of the criteria (see docs/control.md for each default and why).
 *
 * @param windows window lengths in days, ending on the as-of day
 * @param horizonDays the longest lead time evaluated (the vintages' horizon)
 * @param referenceDays length of the reference window, ending on the champion's training end
 */
public record ControlPolicy(
        List<Integer> windows,
        int horizonDays,
        double rmseWarning,
        double rmseCritical,
        int minPoints,
        double biasWarning,
        double biasCritical,
        double coverageWarningDrop,
        double coverageCriticalDrop,
        int referenceDays,
        double meanShiftAlpha,
        double meanShiftWarning,
        double meanShiftCritical,
        int meanShiftMinSamples,
        double ksAlpha,
        double psiWarning,
        double psiCritical,
        int psiBins,
        int driftMinSamples,
        int freshnessWarningDays,
        int freshnessCriticalDays,
        int gapLookbackDays,
        int gapWarningDays) {

    public ControlPolicy {
        windows = List.copyOf(windows);
        if (windows.isEmpty() || windows.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("windows must be positive numbers of days");
        }
    }

    /** The documented defaults. */
    public static ControlPolicy defaults() {
        return new ControlPolicy(
                List.of(7, 30),
                30,
                1.5,
                2.0,
                5,
                1.0,
                2.0,
                0.15,
                0.30,
                90,
                0.01,
                0.2,
                0.5,
                7,
                0.01,
                0.5,
                1.0,
                5,
                20,
                2,
                7,
                30,
                0);
    }
}
