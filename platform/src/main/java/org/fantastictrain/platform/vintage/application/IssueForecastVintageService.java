package org.fantastictrain.platform.vintage.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.Champion;
import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;
import org.fantastictrain.platform.vintage.application.port.in.ForecastVintageQuery;
import org.fantastictrain.platform.vintage.application.port.in.IssueForecastVintageUseCase;
import org.fantastictrain.platform.vintage.application.port.out.ForecastVintageStore;
import org.fantastictrain.platform.vintage.domain.ForecastVintage;
import org.fantastictrain.platform.vintage.domain.VintagePoint;

/** Forecasts the days after the issue date with the series' champion and stores the vintage. */
public class IssueForecastVintageService implements IssueForecastVintageUseCase, ForecastVintageQuery {

    private final ChampionQuery champions;
    private final ForecastVintageStore store;
    private final int horizonDays;
    private final double intervalWidth;

    /**
     * @param horizonDays how many days after the issue date each vintage covers, e.g. 30
     * @param intervalWidth width of the stored interval, e.g. 0.8
     */
    public IssueForecastVintageService(
            ChampionQuery champions, ForecastVintageStore store, int horizonDays, double intervalWidth) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least one day, was " + horizonDays);
        }
        if (!(intervalWidth > 0 && intervalWidth < 1)) {
            throw new IllegalArgumentException("interval width must be in (0, 1), was " + intervalWidth);
        }
        this.champions = champions;
        this.store = store;
        this.horizonDays = horizonDays;
        this.intervalWidth = intervalWidth;
    }

    @Override
    public Optional<ForecastVintage> issue(SeriesId series, LocalDate issuedOn) {
        Optional<Champion> champion = champions.champion(series);
        if (champion.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> days = issuedOn.plusDays(1)
                .datesUntil(issuedOn.plusDays(horizonDays + 1L))
                .toList();
        Forecast forecast = champion.get().model().predict(days, intervalWidth);
        List<VintagePoint> points = new ArrayList<>(forecast.size());
        for (int i = 0; i < forecast.size(); i++) {
            points.add(new VintagePoint(
                    forecast.ds().get(i), forecast.yhat()[i], forecast.yhatLower()[i], forecast.yhatUpper()[i]));
        }
        points.sort((a, b) -> a.ds().compareTo(b.ds()));
        ForecastVintage vintage =
                new ForecastVintage(series, champion.get().version(), issuedOn, intervalWidth, points);
        store.save(vintage);
        return Optional.of(vintage);
    }

    @Override
    public List<ForecastVintage> issuedOn(SeriesId series, LocalDate issuedOn) {
        return store.issuedOn(series, issuedOn);
    }
}
