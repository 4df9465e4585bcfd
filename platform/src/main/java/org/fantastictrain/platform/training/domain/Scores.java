package org.fantastictrain.platform.training.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backtest metrics of one model over a set of fold days: overall and per horizon bucket.
 *
 * @param points how many (fold, day) pairs with an actual value were scored
 */
public record Scores(int points, Map<String, Double> overall, Map<String, Map<String, Double>> byHorizon) {
    public Scores {
        // Insertion order kept (rmse first, buckets by horizon) for readable JSON.
        overall = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overall));
        Map<String, Map<String, Double>> buckets = new LinkedHashMap<>();
        byHorizon.forEach((k, v) -> buckets.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        byHorizon = java.util.Collections.unmodifiableMap(buckets);
    }

    public static Scores of(List<ScoredPoint> points, List<HorizonBucket> buckets) {
        Map<String, Map<String, Double>> byHorizon = new LinkedHashMap<>();
        for (HorizonBucket b : buckets) {
            List<ScoredPoint> in =
                    points.stream().filter(p -> b.contains(p.horizon())).toList();
            if (!in.isEmpty()) {
                byHorizon.put(b.label(), metrics(in));
            }
        }
        return new Scores(points.size(), metrics(points), byHorizon);
    }

    private static Map<String, Double> metrics(List<ScoredPoint> points) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            double v = metric.of(points);
            if (Double.isFinite(v)) {
                m.put(metric.id(), v);
            }
        }
        return m;
    }

    /** The overall value of a metric, NaN when undefined. */
    public double value(Metric metric) {
        return overall.getOrDefault(metric.id(), Double.NaN);
    }
}
