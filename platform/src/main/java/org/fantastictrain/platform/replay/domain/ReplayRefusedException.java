package org.fantastictrain.platform.replay.domain;

/** A replay that cannot start as asked; the message says why and what to do. */
public class ReplayRefusedException extends RuntimeException {

    public ReplayRefusedException(String message) {
        super(message);
    }
}
