package org.fantastictrain.platform.control.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the criteria look at for one series on one day.
 *
 * @param champion null when the series has no champion
 * @param windows per window length: the daily vintages' evaluated points and the actuals
 * @param reference actuals of the reference window
 * @param lastActual newest day with an actual, null when there is none
 * @param missingDays days without an actual in the gap look-back before {@code lastActual}
 */
public record SeriesEvidence(
        String series,
        LocalDate asOf,
        ChampionReference champion,
        Map<Integer, Window> windows,
        LocalDate referenceFrom,
        LocalDate referenceTo,
        double[] reference,
        LocalDate lastActual,
        int missingDays,
        List<LocalDate> missingSample) {

    /** One window ending on the as-of day. */
    public record Window(int days, List<EvaluatedPoint> points, double[] actuals) {}
}
