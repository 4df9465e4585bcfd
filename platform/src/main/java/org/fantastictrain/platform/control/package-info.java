/**
 * Control service: compares the logged forecasts (daily vintages, served forecasts) with the
 * actuals as they are loaded, evaluates drift and accuracy criteria per series, fires and resolves
 * alarms, delivers them to Prometheus Alertmanager, a webhook and the log, and publishes metrics.
 * See docs/control.md.
 */
package org.fantastictrain.platform.control;
