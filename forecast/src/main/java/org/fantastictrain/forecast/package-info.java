/**
 * The forecasting engine: a Prophet-class additive model, ETS and naive baselines,
 * Prophet-compatible cross-validation and metrics. Pure Java: no Spring, no JDBC.
 */
package org.fantastictrain.forecast;
