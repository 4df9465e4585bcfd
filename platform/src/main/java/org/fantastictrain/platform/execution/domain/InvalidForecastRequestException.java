package org.fantastictrain.platform.execution.domain;

/** The request cannot be served as asked (bad dates, range too long, bad interval width); the message says why. */
public class InvalidForecastRequestException extends RuntimeException {
    public InvalidForecastRequestException(String message) {
        super(message);
    }
}
