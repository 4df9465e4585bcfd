package org.fantastictrain.platform.scheduling.domain;

/** A configured cron expression that cannot be used; the message names the property. */
public class InvalidCronException extends IllegalArgumentException {

    private final String property;

    public InvalidCronException(String property, String expression, String reason) {
        super(property + " = '" + expression + "' is not a valid 5-field Unix cron expression"
                + " (minute hour day-of-month month day-of-week): " + reason);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
