package org.fantastictrain.platform.system.web;

/** A requested resource does not exist: answered with 404 problem+json. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
