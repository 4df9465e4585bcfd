package org.fantastictrain.platform.training.domain;

/** Lifecycle of a training run. */
public enum RunStatus {
    RUNNING,
    SUCCEEDED,
    FAILED
}
