package org.fantastictrain.platform.control.domain;

import java.time.LocalDate;

/**
 * What the registry says about a series' champion that the criteria compare with.
 *
 * @param backtestRmse backtest RMSE over the whole horizon (null if not recorded)
 * @param backtestRmseFirstWeek backtest RMSE of leads 1-7 (null if not recorded)
 */
public record ChampionReference(int version, LocalDate trainingEnd, Double backtestRmse, Double backtestRmseFirstWeek) {

    /** The backtest RMSE at a lead bucket: the first-week figure for leads up to 7, else the overall one. */
    public Double backtestRmse(LeadBucket bucket) {
        if (bucket.toDay() <= 7 && backtestRmseFirstWeek != null) {
            return backtestRmseFirstWeek;
        }
        return backtestRmse;
    }
}
