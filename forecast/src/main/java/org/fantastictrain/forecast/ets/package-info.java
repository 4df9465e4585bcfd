/**
 * Exponential smoothing (ETS) with additive errors: the Holt-Winters family for daily series with
 * a weekly season, after Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>
 * (3rd ed., chapter 8), and Hyndman, Koehler, Ord &amp; Snyder, <i>Forecasting with Exponential
 * Smoothing: the State Space Approach</i> (2008).
 *
 * <h2>Model</h2>
 * For ETS(A,Ad,A) with season length {@code m}, one-step error {@code e_t}:
 * <pre>
 *   y_t = l_{t-1} + phi b_{t-1} + s_{t-m} + e_t
 *   l_t = l_{t-1} + phi b_{t-1} + alpha e_t
 *   b_t = phi b_{t-1} + beta e_t
 *   s_t = s_{t-m} + gamma e_t
 * </pre>
 * The other forms ({@link org.fantastictrain.forecast.ets.EtsForm}) drop the season, the trend,
 * or the damping ({@code phi = 1}). The history is laid on a regular daily grid from its first to
 * its last date; on a missing day (absent or {@code NaN}) the states are only predicted
 * ({@code e_t} is unknown and left out), so gaps widen the following intervals but do not bias the
 * fit.
 *
 * <h2>Estimation</h2>
 * Maximum likelihood under Gaussian errors, which for additive errors means minimising
 * {@code n log(SSE/n)} of the one-step errors over the {@code n} observed days, jointly over the
 * smoothing parameters and the initial states (level, trend, {@code m - 1} free seasonal states
 * summing to zero with the last). The errors are affine in the initial states, so for given
 * smoothing parameters these are found exactly by linear least squares; the search alternates
 * that step with a Nelder-Mead search over the smoothing parameters, starting from the best point
 * of a small grid because the likelihood is often bimodal in {@code gamma}. Bounds are the usual
 * ones: {@code 1e-4 <= alpha <= 0.9999}, {@code 1e-4 <= beta <= alpha},
 * {@code 1e-4 <= gamma <= 1 - alpha}, {@code 0.8 <= phi <= 0.98}. The
 * {@link org.fantastictrain.forecast.ets.EtsForm#AUTO AUTO} form fits every form the history
 * supports and keeps the one with the smallest AICc,
 * {@code n log(SSE/n) + 2K + 2K(K+1)/(n-K-1)}, {@code K} counting the estimated parameters and the
 * error variance. Everything is deterministic.
 *
 * <h2>Forecasts and intervals</h2>
 * Point forecasts {@code l_T + (phi + ... + phi^h) b_T + s_{T+h-m(k+1)}}. In-sample days get their
 * one-step fitted value (the forecast made the day before, before that day's update). Intervals
 * are Gaussian with the analytic variance of these linear (class 1) models,
 * {@code sigma^2 [1 + sum_{j=1}^{h-1} c_j^2]} with
 * {@code c_j = alpha + beta (phi + ... + phi^j) + gamma [j mod m = 0]}, where {@code h} counts
 * days since the last observed value; this equals the closed forms tabulated in FPP section 8.7.
 * {@code sigma^2} is the one-step SSE divided by the observed days minus the estimated parameters.
 * Parameter uncertainty is not included, so coverage of long histories is close to nominal but
 * slightly below it on short ones.
 */
package org.fantastictrain.forecast.ets;
