/**
 * The control domain, free of Spring and JDBC: the statistics (Welch's t-test,
 * Kolmogorov–Smirnov, population stability index, windowed errors), the criteria and their
 * thresholds, and the alarm lifecycle.
 */
package org.fantastictrain.platform.control.domain;
