package org.fantastictrain.platform.training.adapter.in.web;

import java.util.Map;
import org.fantastictrain.platform.training.domain.Scores;

/** Backtest metrics: overall and per horizon bucket (e.g. {@code 1-7}), over {@code points} fold days. */
public record MetricsResponse(int points, Map<String, Double> overall, Map<String, Map<String, Double>> byHorizon) {
    static MetricsResponse of(Scores s) {
        return s == null ? null : new MetricsResponse(s.points(), s.overall(), s.byHorizon());
    }
}
