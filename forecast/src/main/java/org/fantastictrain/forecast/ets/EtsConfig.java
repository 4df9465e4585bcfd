package org.fantastictrain.forecast.ets;

import java.util.Objects;

/**
 * Configuration of {@link EtsForecaster}: the model form and the season length in days.
 *
 * @param form a concrete form, or {@link EtsForm#AUTO} to choose by AICc
 * @param period season length in days, at least 2 (7 for a weekly season); ignored by
 *     non-seasonal forms
 */
public record EtsConfig(EtsForm form, int period) {
    /** The weekly season of daily data. */
    public static final int WEEKLY = 7;

    /**
     * @throws IllegalArgumentException when {@code form} is null or {@code period < 2}
     */
    public EtsConfig {
        if (form == null) {
            throw new IllegalArgumentException("ETS form must not be null");
        }
        if (period < 2) {
            throw new IllegalArgumentException("ETS season period must be at least 2 days, got " + period);
        }
    }

    /** Automatic form selection with a weekly season. */
    public static EtsConfig auto() {
        return new EtsConfig(EtsForm.AUTO, WEEKLY);
    }

    /** The given form with a weekly season. */
    public static EtsConfig of(EtsForm form) {
        Objects.requireNonNull(form, "form");
        return new EtsConfig(form, WEEKLY);
    }
}
