/**
 * The automatic default model, used when nothing is configured.
 * {@link org.fantastictrain.forecast.auto.AutoForecaster} backtests candidate models
 * ({@link org.fantastictrain.forecast.auto.DefaultCandidates}) on ten 60-day folds of the training
 * history, keeps the best single model or the mean of the best two or three, refits it on the whole
 * history, and calibrates its intervals on the pooled normalised backtest errors (split-conformal,
 * pooled over the options within 10 % of the winner's RMSE to offset the winner's optimistic errors).
 * Folds and candidates are fitted in parallel; within a fold the Prophet-class candidates share one
 * design and Gram matrix ({@code ProphetForecaster.fitAll}), which gives the same models for less work.
 * The fitted {@link org.fantastictrain.forecast.auto.AutoModel} wraps its components and serialises
 * through their own codecs ({@link org.fantastictrain.forecast.auto.AutoCodec}).
 */
package org.fantastictrain.forecast.auto;
