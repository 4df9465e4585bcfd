package org.fantastictrain.forecast.prophet;

/** How seasonal and holiday effects combine with the trend. */
public enum SeasonalityMode {
    /** {@code y = trend + seasonal}. */
    ADDITIVE,
    /** {@code y = trend * (1 + seasonal)}: effects proportional to the level. */
    MULTIPLICATIVE
}
