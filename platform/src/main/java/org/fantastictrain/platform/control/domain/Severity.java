package org.fantastictrain.platform.control.domain;

/** Severity of an alarm, as sent in the {@code severity} label. */
public enum Severity {
    WARNING("warning"),
    CRITICAL("critical");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Severity fromLabel(String label) {
        return label.equals("critical") ? CRITICAL : WARNING;
    }
}
