/**
 * Prophet-compatible evaluation: {@link org.fantastictrain.forecast.eval.CrossValidation} (Prophet's
 * cutoff generation, custom cutoffs, one row per observed day in {@code (cutoff, cutoff + horizon]},
 * cutoffs fitted in parallel), {@link org.fantastictrain.forecast.eval.PerformanceMetrics} (MSE,
 * RMSE, MAE, MAPE, MDAPE, sMAPE, coverage with Prophet's {@code rolling_mean_by_h} and
 * {@code rolling_median_by_h}) and {@link org.fantastictrain.forecast.eval.GridSearch}, so numbers
 * compare one to one with Prophet's published tables.
 */
package org.fantastictrain.forecast.eval;
