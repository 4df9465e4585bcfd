/** Forecast vintages: forecasts as issued on a day, kept for comparison with later actuals. */
package org.fantastictrain.platform.vintage.domain;
