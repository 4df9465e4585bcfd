package org.fantastictrain.forecast.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One forecast of a backtest: the day, the cutoff the model was fitted up to, the observed value
 * and the forecast with its interval (Prophet's {@code cross_validation} row).
 */
public record BacktestRow(LocalDate ds, LocalDate cutoff, double y, double yhat, double yhatLower, double yhatUpper) {

    /** Days between the cutoff and the forecast day. */
    public long horizonDays() {
        return ChronoUnit.DAYS.between(cutoff, ds);
    }
}
