package org.fantastictrain.forecast.prophet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable configuration of a {@link ProphetForecaster}. Prior scales are in the units of the
 * scaled series ({@code y / max|y|}), as in Prophet, so Prophet's defaults and tuning ranges carry over.
 *
 * @param changepoints number of potential trend changepoints (Prophet: 25)
 * @param changepointRange share of the history, from its start, where changepoints are placed (Prophet: 0.8)
 * @param changepointPriorScale scale of the Laplace prior on rate changes; larger is a more flexible trend (Prophet: 0.05)
 * @param seasonalityPriorScale standard deviation of the Gaussian prior on Fourier coefficients (Prophet: 10)
 * @param holidaysPriorScale standard deviation of the Gaussian prior on holiday effects (Prophet: 10)
 * @param yearlyOrder Fourier order of the yearly seasonality (period 365.25 days), 0 for none (Prophet: 10)
 * @param weeklyOrder Fourier order of the weekly seasonality, 0 for none (Prophet: 3)
 * @param customSeasonalities further seasonalities
 * @param irishHolidays whether Irish public holidays (with substitute days) are modelled
 * @param holidays user-supplied holiday occurrences, past and future
 * @param seasonalityMode additive or multiplicative seasonal and holiday effects
 * @param robust whether to down-weight outlying days (Huber weights) while fitting, so spikes do not bend the trend
 * @param residualCorrection whether to carry the last residual into the first days of the forecast
 *     through an AR(1) fitted on the in-sample residuals (decays geometrically with the lead time)
 */
public record ProphetConfig(
        int changepoints,
        double changepointRange,
        double changepointPriorScale,
        double seasonalityPriorScale,
        double holidaysPriorScale,
        int yearlyOrder,
        int weeklyOrder,
        List<Seasonality> customSeasonalities,
        boolean irishHolidays,
        List<Holiday> holidays,
        SeasonalityMode seasonalityMode,
        boolean robust,
        boolean residualCorrection) {

    public ProphetConfig {
        if (changepoints < 0) {
            throw new IllegalArgumentException("changepoints must be >= 0: " + changepoints);
        }
        if (!(changepointRange > 0 && changepointRange <= 1)) {
            throw new IllegalArgumentException("changepointRange must be in (0, 1]: " + changepointRange);
        }
        positive("changepointPriorScale", changepointPriorScale);
        positive("seasonalityPriorScale", seasonalityPriorScale);
        positive("holidaysPriorScale", holidaysPriorScale);
        if (yearlyOrder < 0 || weeklyOrder < 0) {
            throw new IllegalArgumentException(
                    "Fourier orders must be >= 0: yearly " + yearlyOrder + ", weekly " + weeklyOrder);
        }
        customSeasonalities = List.copyOf(customSeasonalities);
        Set<String> names = new HashSet<>(List.of("yearly", "weekly"));
        for (Seasonality s : customSeasonalities) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("duplicate seasonality name: " + s.name());
            }
        }
        holidays = List.copyOf(holidays);
        Objects.requireNonNull(seasonalityMode, "seasonalityMode");
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0: " + v);
        }
    }

    /** Prophet's defaults: 25 changepoints in the first 80 %, prior 0.05, yearly 10, weekly 3, additive. */
    public static ProphetConfig prophetDefaults() {
        return builder().build();
    }

    /** A builder starting from {@link #prophetDefaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.changepoints = changepoints;
        b.changepointRange = changepointRange;
        b.changepointPriorScale = changepointPriorScale;
        b.seasonalityPriorScale = seasonalityPriorScale;
        b.holidaysPriorScale = holidaysPriorScale;
        b.yearlyOrder = yearlyOrder;
        b.weeklyOrder = weeklyOrder;
        b.customSeasonalities = new ArrayList<>(customSeasonalities);
        b.irishHolidays = irishHolidays;
        b.holidays = new ArrayList<>(holidays);
        b.seasonalityMode = seasonalityMode;
        b.robust = robust;
        b.residualCorrection = residualCorrection;
        return b;
    }

    /** Mutable builder of {@link ProphetConfig}; {@link #build()} validates. */
    public static final class Builder {
        private int changepoints = 25;
        private double changepointRange = 0.8;
        private double changepointPriorScale = 0.05;
        private double seasonalityPriorScale = 10;
        private double holidaysPriorScale = 10;
        private int yearlyOrder = 10;
        private int weeklyOrder = 3;
        private List<Seasonality> customSeasonalities = new ArrayList<>();
        private boolean irishHolidays;
        private List<Holiday> holidays = new ArrayList<>();
        private SeasonalityMode seasonalityMode = SeasonalityMode.ADDITIVE;
        private boolean robust;
        private boolean residualCorrection;

        private Builder() {}

        public Builder changepoints(int v) {
            changepoints = v;
            return this;
        }

        public Builder changepointRange(double v) {
            changepointRange = v;
            return this;
        }

        public Builder changepointPriorScale(double v) {
            changepointPriorScale = v;
            return this;
        }

        public Builder seasonalityPriorScale(double v) {
            seasonalityPriorScale = v;
            return this;
        }

        public Builder holidaysPriorScale(double v) {
            holidaysPriorScale = v;
            return this;
        }

        public Builder yearlyOrder(int v) {
            yearlyOrder = v;
            return this;
        }

        public Builder weeklyOrder(int v) {
            weeklyOrder = v;
            return this;
        }

        public Builder addSeasonality(String name, double periodDays, int order) {
            customSeasonalities.add(new Seasonality(name, periodDays, order));
            return this;
        }

        public Builder irishHolidays(boolean v) {
            irishHolidays = v;
            return this;
        }

        public Builder holidays(List<Holiday> v) {
            holidays = new ArrayList<>(v);
            return this;
        }

        public Builder seasonalityMode(SeasonalityMode v) {
            seasonalityMode = v;
            return this;
        }

        public Builder robust(boolean v) {
            robust = v;
            return this;
        }

        public Builder residualCorrection(boolean v) {
            residualCorrection = v;
            return this;
        }

        public ProphetConfig build() {
            return new ProphetConfig(
                    changepoints,
                    changepointRange,
                    changepointPriorScale,
                    seasonalityPriorScale,
                    holidaysPriorScale,
                    yearlyOrder,
                    weeklyOrder,
                    customSeasonalities,
                    irishHolidays,
                    holidays,
                    seasonalityMode,
                    robust,
                    residualCorrection);
        }
    }
}
