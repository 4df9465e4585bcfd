package org.fantastictrain.platform.training.domain;

/**
 * How the champion/challenger gate decides.
 *
 * @param metric the lower-is-better metric compared
 * @param minRelativeImprovement the challenger must be below {@code reference * (1 - this)};
 *     0 means strictly better
 * @param minUnseenDays how many fold days after the champion's training end are needed before its
 *     frozen model is scored
 */
public record GatePolicy(Metric metric, double minRelativeImprovement, int minUnseenDays) {
    public GatePolicy {
        if (metric == Metric.COVERAGE) {
            throw new IllegalArgumentException("coverage cannot be a gate metric");
        }
        if (minRelativeImprovement < 0 || minRelativeImprovement >= 1) {
            throw new IllegalArgumentException("minimum relative improvement must be in [0, 1)");
        }
    }

    /** True when {@code challenger} improves on {@code reference} by the required margin. */
    public boolean beats(double challenger, double reference) {
        if (!Double.isFinite(challenger)) {
            return false;
        }
        if (!Double.isFinite(reference)) {
            return true;
        }
        return challenger < reference * (1 - minRelativeImprovement);
    }
}
