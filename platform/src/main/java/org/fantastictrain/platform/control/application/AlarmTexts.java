package org.fantastictrain.platform.control.application;

import java.time.LocalDate;
import org.fantastictrain.platform.control.domain.Check;
import org.fantastictrain.platform.control.domain.Severity;

/** The summary and description annotations of an alarm. */
final class AlarmTexts {

    private AlarmTexts() {}

    static String summary(Check c, Severity severity) {
        return c.series() + ": " + c.criterion().id().replace('_', ' ') + " " + severity.label();
    }

    static String description(Check c, Severity severity, LocalDate asOf) {
        String window = c.windowDays() == null ? "" : " over the " + c.windowDays() + "-day window";
        String threshold = ControlService.format(
                severity == Severity.CRITICAL && c.criticalThreshold() != null ? c.criticalThreshold() : c.threshold());
        String what = switch (c.criterion()) {
            case RMSE_DEVIATION ->
                "RMSE of the daily forecasts / champion backtest RMSE is " + ControlService.format(c.observed())
                        + ", above " + threshold;
            case FORECAST_BIAS ->
                "|mean forecast - mean actual| / champion backtest RMSE is " + ControlService.format(c.observed())
                        + ", above " + threshold;
            case COVERAGE ->
                "share of actuals inside the forecast interval is " + ControlService.format(c.observed()) + ", below "
                        + threshold;
            case MEAN_SHIFT ->
                "mean of the actuals moved by " + ControlService.format(c.observed())
                        + " (relative) from the reference window, above " + threshold + ", Welch p-value "
                        + ControlService.format(number(c.detail().get("p_value")));
            case DISTRIBUTION_KS ->
                "Kolmogorov-Smirnov p-value of recent vs reference actuals is " + ControlService.format(c.observed())
                        + ", below " + threshold;
            case DISTRIBUTION_PSI ->
                "population stability index of recent vs reference actuals is " + ControlService.format(c.observed())
                        + ", above " + threshold;
            case FRESHNESS ->
                "no new actual for " + ControlService.format(c.observed()) + " days, more than " + threshold;
            case GAPS ->
                ControlService.format(c.observed()) + " days without an actual in the last loaded days, more than "
                        + threshold;
        };
        String model = c.modelVersion() == null ? "no champion" : "model version " + c.modelVersion();
        return what + window + " as of " + asOf + " (" + model + ").";
    }

    private static Double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }
}
