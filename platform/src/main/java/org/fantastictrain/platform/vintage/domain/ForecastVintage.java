package org.fantastictrain.platform.vintage.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/**
 * The forecast a model version issued on a day for the days after it: what the platform said
 * ahead of time, kept so that it can be compared with the actuals when they arrive.
 *
 * @param intervalWidth width of the {@code yhatLower..yhatUpper} interval, e.g. 0.8
 * @param points in day order, all after {@code issuedOn}
 */
public record ForecastVintage(
        SeriesId series, int modelVersion, LocalDate issuedOn, double intervalWidth, List<VintagePoint> points) {

    public ForecastVintage {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(issuedOn, "issuedOn");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a vintage needs at least one day");
        }
        if (!(intervalWidth > 0 && intervalWidth < 1)) {
            throw new IllegalArgumentException("interval width must be in (0, 1), was " + intervalWidth);
        }
        LocalDate previous = issuedOn;
        for (VintagePoint p : points) {
            if (!p.ds().isAfter(previous)) {
                throw new IllegalArgumentException(
                        "vintage days must be after the issue day " + issuedOn + " and increasing, got " + p.ds());
            }
            previous = p.ds();
        }
    }

    public LocalDate firstDay() {
        return points.get(0).ds();
    }

    public LocalDate lastDay() {
        return points.get(points.size() - 1).ds();
    }
}
