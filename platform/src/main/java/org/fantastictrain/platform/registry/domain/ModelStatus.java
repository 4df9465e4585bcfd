package org.fantastictrain.platform.registry.domain;

/** Where a registered version stands. */
public enum ModelStatus {
    /** The {@code champion} alias points at it. */
    CHAMPION,
    /** It was champion before and was replaced (kept for rollback). */
    PREVIOUS_CHAMPION,
    /** It lost the gate; kept with its metrics, never served unless promoted by hand. */
    REJECTED
}
