package org.fantastictrain.platform.control.application.port.in;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.control.domain.ChampionReference;
import org.fantastictrain.platform.control.domain.Check;
import org.fantastictrain.platform.control.domain.ErrorSummary;

/**
 * The control report of a series on the business day.
 *
 * @param champion null without a champion
 * @param latestChecks the checks of the newest control run that covered the series
 */
public record ControlReport(
        String series,
        LocalDate asOf,
        ChampionReference champion,
        List<WindowReport> windows,
        List<Check> latestChecks) {

    public record WindowReport(int days, LocalDate from, LocalDate to, List<Line> lines) {}

    /**
     * Accuracy of one (source, model version, lead bucket).
     *
     * @param championBacktestRmse the champion's backtest RMSE at that lead, for reference
     */
    public record Line(
            String source, int modelVersion, String lead, ErrorSummary metrics, Double championBacktestRmse) {}
}
