package org.fantastictrain.platform.training.domain;

/** The outcome of a training run's gate. */
public enum Decision {
    /** Push: a new version was registered and {@code champion} moved to it. */
    PROMOTED,
    /** End: the version was registered as rejected; the champion is unchanged. */
    REJECTED,
    /** The run did not complete; nothing was registered. */
    FAILED
}
