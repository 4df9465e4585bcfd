/**
 * Training: reads a series through {@code LoadObservationsPort}, backtests the configured candidates
 * on the newest folds, compares the best with the champion on the same folds (refitted, and frozen
 * on the days it has not seen) and registers it, promoted or rejected. One run per series at a time
 * (a PostgreSQL advisory lock; a second request is refused and recorded as FAILED/BUSY).
 */
package org.fantastictrain.platform.training;
