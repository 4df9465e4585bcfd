package org.fantastictrain.platform.execution.adapter.in.web;

/** A body in a content type the endpoint does not read. */
class UnsupportedBodyTypeException extends RuntimeException {
    UnsupportedBodyTypeException(String message) {
        super(message);
    }
}
