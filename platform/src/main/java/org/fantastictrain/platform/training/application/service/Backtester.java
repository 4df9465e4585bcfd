package org.fantastictrain.platform.training.application.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.platform.training.domain.Backtest;
import org.fantastictrain.platform.training.domain.Fold;
import org.fantastictrain.platform.training.domain.FoldPlan;
import org.fantastictrain.platform.training.domain.ScoredPoint;

/** Scores models on the folds of a plan against the actual values of a series. */
final class Backtester {
    private final TimeSeries series;
    private final FoldPlan plan;
    private final double intervalWidth;
    private final Map<LocalDate, Double> actuals = new HashMap<>();

    Backtester(TimeSeries series, FoldPlan plan, double intervalWidth) {
        this.series = series;
        this.plan = plan;
        this.intervalWidth = intervalWidth;
        for (int i = 0; i < series.size(); i++) {
            if (!Double.isNaN(series.y(i))) {
                actuals.put(series.ds(i), series.y(i));
            }
        }
    }

    /** Refits the forecaster at every cutoff and scores the fold's days. */
    Backtest refit(Forecaster forecaster) {
        List<ScoredPoint> points = new ArrayList<>();
        for (Fold fold : plan.folds()) {
            FittedModel model = forecaster.fit(series.upTo(fold.cutoff()));
            score(fold, model, fold.cutoff(), points);
        }
        return new Backtest(points);
    }

    /** Scores an already fitted model on the fold days after {@code seenUntil} only. */
    Backtest frozen(FittedModel model, LocalDate seenUntil) {
        List<ScoredPoint> points = new ArrayList<>();
        for (Fold fold : plan.folds()) {
            LocalDate from = fold.cutoff().isAfter(seenUntil) ? fold.cutoff() : seenUntil;
            if (from.isBefore(fold.end())) {
                score(fold, model, from, points);
            }
        }
        return new Backtest(points);
    }

    private void score(Fold fold, FittedModel model, LocalDate after, List<ScoredPoint> out) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = after.plusDays(1); !d.isAfter(fold.end()); d = d.plusDays(1)) {
            if (actuals.containsKey(d)) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            return;
        }
        Forecast f = model.predict(days, intervalWidth);
        for (int i = 0; i < f.size(); i++) {
            LocalDate d = f.ds().get(i);
            out.add(new ScoredPoint(
                    fold.index(),
                    d,
                    fold.horizonOf(d),
                    actuals.get(d),
                    f.yhat()[i],
                    f.yhatLower()[i],
                    f.yhatUpper()[i]));
        }
    }
}
