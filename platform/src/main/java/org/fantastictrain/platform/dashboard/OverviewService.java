package org.fantastictrain.platform.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;
import org.fantastictrain.platform.registry.application.port.in.ModelRegistryQuery;
import org.fantastictrain.platform.registry.domain.ModelVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Assembles the overview. The champion's curve is computed here from the loaded model rather than
 * through the forecast endpoint, so looking at the dashboard does not add served forecasts to the
 * log the control service evaluates.
 */
@Service
class OverviewService {
    private final DashboardReadModel reads;
    private final ChampionQuery champions;
    private final ModelRegistryQuery registry;
    private final double intervalWidth;

    OverviewService(
            DashboardReadModel reads,
            ChampionQuery champions,
            ModelRegistryQuery registry,
            @Value("${ft.execution.interval-width:0.8}") double intervalWidth) {
        this.reads = reads;
        this.champions = champions;
        this.registry = registry;
        this.intervalWidth = intervalWidth;
    }

    Optional<OverviewResponse> overview(String seriesId, int horizonDays, int vintageCount) {
        long started = System.nanoTime();
        Optional<SeriesId> id = SeriesId.fromId(seriesId);
        Optional<DashboardReadModel.SeriesRow> row = reads.series(seriesId);
        if (id.isEmpty() || row.isEmpty()) {
            return Optional.empty();
        }
        DashboardReadModel.Column actuals = reads.actuals(seriesId);
        OverviewResponse.Actuals actualsView = new OverviewResponse.Actuals(
                actuals.ds().size(),
                actuals.ds().isEmpty() ? null : actuals.ds().get(0),
                actuals.ds().isEmpty() ? null : actuals.ds().get(actuals.ds().size() - 1),
                actuals.ds(),
                actuals.y());

        OverviewResponse.Champion champion = null;
        OverviewResponse.Forecast forecast = null;
        var loaded = champions.champion(id.get());
        if (loaded.isPresent()) {
            int version = loaded.get().version();
            champion = registry.version(seriesId, version)
                    .map(OverviewService::champion)
                    .orElse(null);
            forecast = forecast(loaded.get().model(), version, actuals, horizonDays);
        }

        OverviewResponse.LastLoad lastLoad = reads.lastLoad()
                .map(l -> new OverviewResponse.LastLoad(
                        l.id(),
                        l.kind(),
                        l.source(),
                        l.from(),
                        l.to(),
                        l.status(),
                        l.inserted(),
                        l.updated(),
                        l.unchanged(),
                        l.rejected(),
                        l.finishedAt(),
                        l.error()))
                .orElse(null);

        List<OverviewResponse.Vintage> vintages =
                vintageCount == 0 ? List.of() : vintages(seriesId, vintageCount, actuals);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        return Optional.of(new OverviewResponse(
                seriesId,
                row.get().unit(),
                row.get().description(),
                actualsView,
                champion,
                forecast,
                lastLoad,
                vintages,
                elapsedMs));
    }

    private static OverviewResponse.Champion champion(ModelVersion v) {
        return new OverviewResponse.Champion(
                v.version(),
                v.algorithm(),
                v.metrics(),
                v.trainingStart(),
                v.trainingEnd(),
                v.trainingRows(),
                v.promotedAt());
    }

    /** In-sample fit over the stored days, then the horizon after the last actual (or after training end). */
    private OverviewResponse.Forecast forecast(
            org.fantastictrain.forecast.FittedModel model,
            int version,
            DashboardReadModel.Column actuals,
            int horizon) {
        LocalDate first =
                actuals.ds().isEmpty() ? model.trainingStart() : actuals.ds().get(0);
        LocalDate last = actuals.ds().isEmpty()
                ? model.trainingEnd()
                : actuals.ds().get(actuals.ds().size() - 1);
        LocalDate end = last.plusDays(horizon);
        List<LocalDate> days = first.datesUntil(end.plusDays(1)).toList();
        Forecast f = model.predict(days, intervalWidth);
        return new OverviewResponse.Forecast(
                version, intervalWidth, f.size(), last.plusDays(1), f.ds(), f.yhat(), f.yhatLower(), f.yhatUpper());
    }

    private List<OverviewResponse.Vintage> vintages(String series, int limit, DashboardReadModel.Column actuals) {
        Map<LocalDate, Double> actual = new HashMap<>(actuals.ds().size() * 2);
        for (int i = 0; i < actuals.ds().size(); i++) {
            actual.put(actuals.ds().get(i), actuals.y()[i]);
        }
        return reads.latestVintages(series, limit).values().stream()
                .map(rows -> {
                    int n = rows.size();
                    double[] yhat = new double[n];
                    double[] lower = new double[n];
                    double[] upper = new double[n];
                    int evaluated = 0;
                    int inside = 0;
                    double abs = 0;
                    double sq = 0;
                    for (int i = 0; i < n; i++) {
                        var r = rows.get(i);
                        yhat[i] = r.yhat();
                        lower[i] = r.yhatLower();
                        upper[i] = r.yhatUpper();
                        Double y = actual.get(r.ds());
                        if (y != null) {
                            evaluated++;
                            abs += Math.abs(y - r.yhat());
                            sq += (y - r.yhat()) * (y - r.yhat());
                            if (y >= r.yhatLower() && y <= r.yhatUpper()) {
                                inside++;
                            }
                        }
                    }
                    var head = rows.get(0);
                    return new OverviewResponse.Vintage(
                            head.issuedOn(),
                            head.modelVersion(),
                            head.intervalWidth(),
                            rows.stream().map(DashboardReadModel.VintageRow::ds).toList(),
                            yhat,
                            lower,
                            upper,
                            evaluated,
                            evaluated == 0 ? null : abs / evaluated,
                            evaluated == 0 ? null : Math.sqrt(sq / evaluated),
                            evaluated == 0 ? null : (double) inside / evaluated);
                })
                .toList();
    }
}
