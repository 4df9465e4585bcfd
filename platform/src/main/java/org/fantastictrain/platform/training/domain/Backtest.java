package org.fantastictrain.platform.training.domain;

import java.util.List;
import java.util.Set;

/** The fold forecasts of one model against the actual values. */
public record Backtest(List<ScoredPoint> points) {
    public Backtest {
        points = List.copyOf(points);
    }

    /** Only the (fold, day) pairs in {@code keys}, so two models are compared on the same days. */
    public Backtest restrictedTo(Set<FoldDay> keys) {
        return new Backtest(
                points.stream().filter(p -> keys.contains(FoldDay.of(p))).toList());
    }

    public Set<FoldDay> keys() {
        return Set.copyOf(points.stream().map(FoldDay::of).toList());
    }

    public Scores scores(List<HorizonBucket> buckets) {
        return Scores.of(points, buckets);
    }

    public double value(Metric metric) {
        return metric.of(points);
    }

    /** Identifies a scored day within a fold. */
    public record FoldDay(int fold, java.time.LocalDate ds) {
        static FoldDay of(ScoredPoint p) {
            return new FoldDay(p.fold(), p.ds());
        }
    }
}
