package org.fantastictrain.platform.ingest.domain;

/** The source could not be read at all (unreachable, unreadable payload): the load fails as a whole. */
public class SourceUnavailableException extends RuntimeException {
    public SourceUnavailableException(String message) {
        super(message);
    }

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
