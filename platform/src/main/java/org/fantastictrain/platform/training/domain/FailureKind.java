package org.fantastictrain.platform.training.domain;

/** Why a training run failed; the HTTP layer maps it to a status. */
public enum FailureKind {
    /** No observations for the series: load data first. */
    NO_DATA,
    /** Fewer days than the folds and the minimum training length need. */
    TOO_LITTLE_HISTORY,
    /** The engine refused the data (e.g. constant or all-missing). */
    BAD_DATA,
    /** Another training of the same series holds its lock. */
    BUSY,
    /** Database or unexpected error. */
    ERROR
}
