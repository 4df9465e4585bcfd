/**
 * Files in and out: {@link org.fantastictrain.forecast.io.CsvSeriesReader} for any {@code ds,y}
 * CSV, {@link org.fantastictrain.forecast.io.BacktestRows} for backtest CSVs, and
 * {@link org.fantastictrain.forecast.io.ModelJson} with its registry
 * {@link org.fantastictrain.forecast.io.ModelCodecs} for versioned model JSON.
 */
package org.fantastictrain.forecast.io;
