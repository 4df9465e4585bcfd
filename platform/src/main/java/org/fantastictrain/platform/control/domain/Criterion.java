package org.fantastictrain.platform.control.domain;

/** The control criteria, by the name used in checks, alarms, labels and configuration. */
public enum Criterion {
    RMSE_DEVIATION("rmse_deviation", true),
    FORECAST_BIAS("forecast_bias", true),
    COVERAGE("coverage", true),
    MEAN_SHIFT("mean_shift", true),
    DISTRIBUTION_KS("distribution_ks", true),
    DISTRIBUTION_PSI("distribution_psi", true),
    FRESHNESS("freshness", false),
    GAPS("gaps", false);

    private final String id;
    private final boolean windowed;

    Criterion(String id, boolean windowed) {
        this.id = id;
        this.windowed = windowed;
    }

    public String id() {
        return id;
    }

    /** Whether it is evaluated once per window (otherwise once per series). */
    public boolean windowed() {
        return windowed;
    }

    public static Criterion fromId(String id) {
        for (Criterion c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown criterion '" + id + "'");
    }
}
