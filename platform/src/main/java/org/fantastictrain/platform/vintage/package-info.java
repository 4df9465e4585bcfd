/**
 * Forecast vintages: the champion's forecast of the days after an issue date, stored per series,
 * model version, issue day and target day ({@code forecast_vintage}), so the control service can
 * compare what was said ahead of time with the actuals. Issued daily by the {@code daily-forecast}
 * job; the replay and the control service call {@code IssueForecastVintageUseCase} directly.
 */
package org.fantastictrain.platform.vintage;
