package org.fantastictrain.platform.control.domain;

/** Lifecycle of an alarm: firing until a check of its criterion is OK again, then resolved for good. */
public enum AlarmState {
    FIRING("firing"),
    RESOLVED("resolved");

    private final String id;

    AlarmState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static AlarmState fromId(String id) {
        for (AlarmState s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown alarm state '" + id + "', expected firing or resolved");
    }
}
