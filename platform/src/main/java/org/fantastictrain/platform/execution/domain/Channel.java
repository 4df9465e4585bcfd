package org.fantastictrain.platform.execution.domain;

/** How a forecast was served; stored with each logged forecast. */
public enum Channel {
    HTTP("http"),
    INVOCATIONS("invocations"),
    CLI("cli");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    /** The value stored in {@code served_forecast.channel}. */
    public String code() {
        return code;
    }
}
