package org.fantastictrain.platform.ingest.domain;

/** The life cycle of a load run: recorded RUNNING first, then SUCCEEDED or FAILED. */
public enum LoadStatus {
    RUNNING,
    SUCCEEDED,
    FAILED
}
