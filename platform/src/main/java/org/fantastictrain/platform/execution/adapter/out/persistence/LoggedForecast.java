package org.fantastictrain.platform.execution.adapter.out.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.fantastictrain.platform.execution.domain.Channel;
import org.fantastictrain.platform.execution.domain.ForecastPoint;
import org.fantastictrain.platform.execution.domain.ServedForecast;

/**
 * A served forecast as the log queue holds it: a few primitive arrays instead of one object per
 * point, so a long queue stays cheap for the garbage collector. A day served twice (possible on
 * {@code /invocations}) is kept once.
 */
record LoggedForecast(
        String requestId,
        String series,
        int modelVersion,
        Instant servedAt,
        double intervalWidth,
        long fromEpochDay,
        long toEpochDay,
        String channel,
        long[] epochDays,
        double[] yhat,
        double[] yhatLower,
        double[] yhatUpper) {

    static LoggedForecast of(ServedForecast f) {
        int n = f.points().size();
        long[] days = new long[n];
        double[] yhat = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        // Only /invocations can ask for a day twice; ranges cannot.
        Set<Long> seen = f.channel() == Channel.INVOCATIONS ? new HashSet<>() : null;
        int size = 0;
        for (ForecastPoint p : f.points()) {
            long day = p.ds().toEpochDay();
            if (seen != null && !seen.add(day)) {
                continue;
            }
            days[size] = day;
            yhat[size] = p.yhat();
            lower[size] = p.yhatLower();
            upper[size] = p.yhatUpper();
            size++;
        }
        if (size < n) {
            days = Arrays.copyOf(days, size);
            yhat = Arrays.copyOf(yhat, size);
            lower = Arrays.copyOf(lower, size);
            upper = Arrays.copyOf(upper, size);
        }
        return new LoggedForecast(
                f.requestId(),
                f.series().id(),
                f.modelVersion(),
                f.generatedAt(),
                f.intervalWidth(),
                f.from().toEpochDay(),
                f.to().toEpochDay(),
                f.channel().code(),
                days,
                yhat,
                lower,
                upper);
    }

    int points() {
        return epochDays.length;
    }
}
