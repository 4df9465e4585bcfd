package org.fantastictrain.platform.execution.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.InputFrame;
import org.fantastictrain.platform.execution.application.port.in.ForecastCommand;
import org.fantastictrain.platform.execution.application.port.in.ForecastUseCase;
import org.fantastictrain.platform.execution.application.port.in.SimulateInputUseCase;
import org.fantastictrain.platform.execution.application.port.out.ActualsPort;
import org.fantastictrain.platform.execution.application.port.out.ServedForecastLog;
import org.fantastictrain.platform.execution.domain.DateRange;
import org.fantastictrain.platform.execution.domain.ForecastPoint;
import org.fantastictrain.platform.execution.domain.InvalidForecastRequestException;
import org.fantastictrain.platform.execution.domain.ModelInput;
import org.fantastictrain.platform.execution.domain.NoChampionException;
import org.fantastictrain.platform.execution.domain.PointKind;
import org.fantastictrain.platform.execution.domain.ServedForecast;
import org.fantastictrain.platform.execution.domain.UnknownSeriesException;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.Champion;

/** Serves forecasts and input frames from the cached champion, and queues each served forecast for the log. */
public final class ForecastService implements ForecastUseCase, SimulateInputUseCase {

    private final ChampionCache champions;
    private final ActualsPort actuals;
    private final ServedForecastLog log;
    private final Clock clock;
    private final ExecutionSettings settings;

    public ForecastService(
            ChampionCache champions,
            ActualsPort actuals,
            ServedForecastLog log,
            Clock clock,
            ExecutionSettings settings) {
        this.champions = champions;
        this.actuals = actuals;
        this.log = log;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ServedForecast forecast(ForecastCommand command) {
        SeriesId series = resolve(command.series());
        List<LocalDate> distinct = new ArrayList<>(new LinkedHashSet<>(command.days()));
        checkSize(distinct.size());
        double width = command.intervalWidth() == null ? settings.intervalWidth() : command.intervalWidth();
        Champion champion = champion(series);

        Forecast forecast = predict(champion, distinct, width);
        LocalDate from = Collections.min(distinct);
        LocalDate to = Collections.max(distinct);
        Map<LocalDate, Double> observed = command.withActuals() ? actuals.actuals(series, from, to) : Map.of();
        Map<LocalDate, Integer> index = new HashMap<>(distinct.size() * 2);
        for (int i = 0; i < forecast.size(); i++) {
            index.put(forecast.ds().get(i), i);
        }
        LocalDate trainingEnd = champion.model().trainingEnd();
        List<ForecastPoint> points = new ArrayList<>(command.days().size());
        for (LocalDate day : command.days()) {
            int i = index.get(day);
            PointKind kind = day.isAfter(trainingEnd) ? PointKind.FORECAST : PointKind.FITTED;
            points.add(new ForecastPoint(
                    day,
                    kind,
                    forecast.yhat()[i],
                    forecast.yhatLower()[i],
                    forecast.yhatUpper()[i],
                    observed.get(day)));
        }
        ServedForecast served = new ServedForecast(
                command.requestId(),
                series,
                champion.version(),
                clock.instant(),
                width,
                from,
                to,
                points,
                command.channel());
        log.record(served);
        return served;
    }

    @Override
    public ModelInput simulate(String seriesId, DateRange range) {
        SeriesId series = resolve(seriesId);
        checkSize(range.days());
        Champion champion = champion(series);
        InputFrame frame = champion.model().inputFrame(range.dates());
        return new ModelInput(
                series,
                champion.version(),
                champion.model().algorithm(),
                champion.model().trainingStart(),
                champion.model().trainingEnd(),
                frame);
    }

    private SeriesId resolve(String seriesId) {
        if (seriesId == null || seriesId.isBlank()) {
            return settings.defaultSeries();
        }
        return SeriesId.fromId(seriesId.trim()).orElseThrow(() -> new UnknownSeriesException(seriesId));
    }

    private void checkSize(long days) {
        if (days > settings.maxRangeDays()) {
            throw new InvalidForecastRequestException("the request covers " + days + " days; at most "
                    + settings.maxRangeDays() + " days can be asked for at once");
        }
    }

    private Champion champion(SeriesId series) {
        return champions.champion(series).orElseThrow(() -> new NoChampionException(series));
    }

    private static Forecast predict(Champion champion, List<LocalDate> days, double width) {
        try {
            return champion.model().predict(days, width);
        } catch (IllegalArgumentException e) {
            throw new InvalidForecastRequestException("the champion cannot forecast these days: " + e.getMessage());
        }
    }
}
