package org.fantastictrain.platform.registry.domain;

/** The series has no such version. */
public class UnknownModelVersionException extends RuntimeException {
    public UnknownModelVersionException(String series, int version) {
        super("series " + series + " has no model version " + version);
    }
}
