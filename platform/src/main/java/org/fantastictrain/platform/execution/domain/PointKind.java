package org.fantastictrain.platform.execution.domain;

/** Whether a day lies inside the champion's training history (an in-sample fit) or after it. */
public enum PointKind {
    FITTED("fitted"),
    FORECAST("forecast");

    private final String code;

    PointKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
