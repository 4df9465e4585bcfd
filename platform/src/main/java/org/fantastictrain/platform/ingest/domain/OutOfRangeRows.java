package org.fantastictrain.platform.ingest.domain;

/** What a validation does with a row dated outside the requested range. */
public enum OutOfRangeRows {
    /** Quarantine it: the payload was meant for the requested range only (e.g. a file made for one load). */
    REJECT,
    /** Leave it out silently: the payload is a whole published history and the load wants a slice of it. */
    SKIP
}
