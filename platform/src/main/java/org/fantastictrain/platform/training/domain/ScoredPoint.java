package org.fantastictrain.platform.training.domain;

import java.time.LocalDate;

/** One forecast day of a backtest fold with its actual value. */
public record ScoredPoint(
        int fold, LocalDate ds, int horizon, double actual, double yhat, double lower, double upper) {}
