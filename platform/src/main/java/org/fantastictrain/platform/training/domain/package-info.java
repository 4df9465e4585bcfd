/**
 * Training domain: folds, backtest scores per horizon bucket, and the champion/challenger gate.
 * Pure Java: no Spring, no JDBC.
 */
package org.fantastictrain.platform.training.domain;
