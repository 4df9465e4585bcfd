package org.fantastictrain.platform.training.application.port.in;

/** The platform does not know the series id. */
public class UnknownSeriesException extends RuntimeException {
    public UnknownSeriesException(String series) {
        super("unknown series '" + series + "'");
    }
}
