/**
 * Baseline forecasters: naive ({@code naive}) and seasonal naive ({@code snaive}, weekly by
 * default), the benchmarks every other model must beat.
 *
 * <h2>Method</h2>
 * Both are the same rule with a lag {@code m} (1 for naive, the season length for seasonal
 * naive), following Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>
 * (3rd ed., sections 5.2 and 5.5). The history is laid on a regular daily grid from its first to
 * its last date; absent days and {@code NaN} values are missing.
 * <ul>
 *   <li><b>Point forecast</b> for a day {@code d}: the value at {@code d - j*m} for the smallest
 *       {@code j >= 1} such that that day lies in the training window and is observed. After the
 *       training end this is the last observed value (naive) or the value of the same weekday in
 *       the last week where that weekday was observed (seasonal naive); missing values are skipped
 *       by going back further whole seasons.</li>
 *   <li><b>In-sample days</b> (on or before the training end) get the same rule, which is the
 *       one-step fitted value: the lagged actual value, never the day's own value. Days with no
 *       observed value before them (for instance before the training start) get {@code NaN}
 *       forecast and bounds.</li>
 *   <li><b>Intervals</b> are Gaussian with the standard naive variance: standard deviation
 *       {@code sigma * sqrt(j)}, where {@code j} is the number of lags bridged, as in the book's
 *       {@code sigma*sqrt(h)} (naive) and {@code sigma*sqrt(k+1)} (seasonal naive, {@code k} the
 *       number of whole seasons before the horizon). {@code sigma^2} is the mean of squared lag
 *       differences, each divided by the number of lags it spans so that gaps do not inflate it.
 *       The Gaussian form was chosen over empirical error quantiles because it extends to any
 *       horizon and needs only one stored number.</li>
 * </ul>
 * A constant history is accepted and yields zero-width intervals.
 */
package org.fantastictrain.forecast.baseline;
