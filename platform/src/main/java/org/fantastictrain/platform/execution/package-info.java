/**
 * The execution service: forecasts from the current champion over HTTP, the MLflow-compatible
 * {@code /invocations} endpoint and the CLI, the model input simulator, and the asynchronous log
 * of every served forecast that the control service compares with actuals.
 */
package org.fantastictrain.platform.execution;
