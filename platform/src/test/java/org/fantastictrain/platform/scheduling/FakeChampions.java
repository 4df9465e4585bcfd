package org.fantastictrain.platform.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.Champion;
import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;

/** A registry whose champions the test sets; each forecasts {@code level + day of month}. */
public final class FakeChampions implements ChampionQuery {

    private final Map<SeriesId, Champion> champions = new ConcurrentHashMap<>();

    @Override
    public Optional<Champion> champion(SeriesId series) {
        return Optional.ofNullable(champions.get(series));
    }

    public void crown(SeriesId series, int version, double level) {
        champions.put(series, new Champion(series, version, new LevelModel(level)));
    }

    public void reset() {
        champions.clear();
    }

    /** A stand-in fitted model: deterministic, with an interval proportional to its width. */
    public record LevelModel(double level) implements FittedModel {
        @Override
        public String algorithm() {
            return "test-level";
        }

        @Override
        public LocalDate trainingStart() {
            return LocalDate.of(2018, 1, 1);
        }

        @Override
        public LocalDate trainingEnd() {
            return LocalDate.of(2023, 6, 30);
        }

        @Override
        public Forecast predict(List<LocalDate> days, double intervalWidth) {
            double[] yhat = new double[days.size()];
            double[] lower = new double[days.size()];
            double[] upper = new double[days.size()];
            for (int i = 0; i < days.size(); i++) {
                yhat[i] = level + days.get(i).getDayOfMonth();
                lower[i] = yhat[i] - 10 * intervalWidth;
                upper[i] = yhat[i] + 10 * intervalWidth;
            }
            return new Forecast(days, yhat, lower, upper, intervalWidth);
        }
    }
}
