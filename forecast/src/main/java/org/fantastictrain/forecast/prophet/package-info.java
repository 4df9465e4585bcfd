/**
 * The Prophet-class additive model: {@code y(t) = g(t) + s(t) + h(t) + e(t)} (or
 * {@code g(t) * (1 + s(t) + h(t))} in multiplicative mode), after Taylor and Letham's
 * "Forecasting at scale" (Prophet).
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>The series is divided by {@code max|y|} and time runs from 0 to 1 over the history, as in
 *       Prophet, so Prophet's priors and tuning ranges mean the same here.</li>
 *   <li>Trend {@code g(t) = m + k t + sum_j delta_j (t - c_j)+}: piecewise linear, with
 *       {@code changepoints} potential changepoints {@code c_j} spread evenly over the observed rows
 *       of the first {@code changepointRange} of the history (Prophet's placement).</li>
 *   <li>Seasonalities: Fourier pairs {@code sin/cos(2 pi n d / P)} of the epoch day {@code d}
 *       (yearly {@code P = 365.25}, weekly {@code P = 7}, custom periods).</li>
 *   <li>Holidays: one indicator per holiday name and window offset; Irish public holidays come from
 *       jollyday with the substitute weekdays it omits ({@link org.fantastictrain.forecast.prophet.IrishHolidays}),
 *       user holidays from the configuration.</li>
 *   <li>Priors as in Prophet: {@code k, m ~ N(0, 5)}, {@code delta ~ Laplace(0, tau)},
 *       seasonal and holiday coefficients {@code ~ N(0, s)}; Gaussian noise of unknown sigma.</li>
 * </ul>
 *
 * <h2>Fit: maximum a posteriori in milliseconds</h2>
 * The design matrix (trend basis, Fourier terms, holidays) is built once, and everything after works
 * on its p x p weighted Gram matrix (p is about 55), never again on the n rows:
 * <ol>
 *   <li>Iteratively reweighted ridge (a majorise-minimise scheme): the Laplace term
 *       {@code |delta| / tau} is bounded by the quadratic {@code delta^2 / (2 tau |delta_prev|) + const},
 *       so each step is one Cholesky solve of {@code (G + D) theta = X'Wy} and never increases the
 *       objective; sigma takes its closed form {@code RSS / n} between steps.</li>
 *   <li>After five steps sigma is frozen and the Gaussian-prior block is eliminated (Schur
 *       complement), so the remaining steps (60 in all, a fixed number: deterministic, bounded cost)
 *       solve a 25 x 25 system. The fixed budget stops short of exact sparsity, as Prophet's own
 *       L-BFGS does; with it our fits reproduce Prophet's published accuracy and tuning table
 *       (docs/accuracy.md), while an exact active-set solution did measurably worse.</li>
 *   <li>Optional robust fit: two rounds of Huber weights (residuals beyond 2 robust standard
 *       deviations count less), updating the Gram matrix only for the rows whose weight changed,
 *       each round warm-started (two full steps, 30 in all).</li>
 *   <li>Multiplicative mode: two rounds in which the seasonal and holiday columns are multiplied by
 *       the current trend, which makes the model linear again.</li>
 * </ol>
 * Per-observation weights enter the Gram matrix directly (weight 0 excludes a day); missing days and
 * {@code NaN} values simply contribute no row.
 *
 * <h2>Forecast and intervals</h2>
 * Optional residual correction: an AR(1) coefficient {@code phi} is estimated on the in-sample
 * residuals of consecutive days, and {@code phi^h} times the last residual is added at lead
 * {@code h}. The interval is Gaussian with variance {@code sigma^2 (1 - phi^(2h))} (residual noise,
 * shrunk at short leads by the correction) plus the variance of future trend changes arriving at the
 * history's changepoint rate with Laplace magnitudes of the history's mean {@code |delta|}:
 * {@code 2 lambda b^2 u^3 / 3} at {@code u = h / T}. This is the closed form of what Prophet
 * estimates by simulating 1,000 trend paths, so prediction needs no sampling and is deterministic.
 * The automatic model ({@link org.fantastictrain.forecast.auto}) recalibrates these intervals on
 * backtest errors.
 */
package org.fantastictrain.forecast.prophet;
