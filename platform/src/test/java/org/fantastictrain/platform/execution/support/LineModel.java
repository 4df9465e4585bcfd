package org.fantastictrain.platform.execution.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.InputFrame;

/** A straight line with a fixed-width band: predictable numbers for the execution tests. */
public record LineModel(LocalDate trainingStart, LocalDate trainingEnd, double intercept, double slope)
        implements FittedModel {

    public static final LocalDate START = LocalDate.of(2018, 1, 1);
    public static final LocalDate END = LocalDate.of(2023, 6, 30);

    public static LineModel standard() {
        return new LineModel(START, END, 100, -0.01);
    }

    @Override
    public String algorithm() {
        return "test-line";
    }

    @Override
    public Forecast predict(List<LocalDate> days, double intervalWidth) {
        double[] yhat = new double[days.size()];
        double[] lower = new double[days.size()];
        double[] upper = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            yhat[i] = value(days.get(i));
            lower[i] = yhat[i] - 10 * intervalWidth;
            upper[i] = yhat[i] + 10 * intervalWidth;
        }
        return new Forecast(days, yhat, lower, upper, intervalWidth);
    }

    @Override
    public InputFrame inputFrame(List<LocalDate> days) {
        return new InputFrame(
                List.of("t", "weekday"),
                days,
                days.stream()
                        .map(d -> new double[] {t(d), d.getDayOfWeek().getValue()})
                        .toList());
    }

    public double value(LocalDate day) {
        return intercept + slope * t(day);
    }

    private double t(LocalDate day) {
        return ChronoUnit.DAYS.between(trainingStart, day);
    }
}
