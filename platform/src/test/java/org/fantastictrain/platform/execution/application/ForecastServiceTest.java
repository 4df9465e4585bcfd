package org.fantastictrain.platform.execution.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.platform.execution.application.port.in.ForecastCommand;
import org.fantastictrain.platform.execution.domain.Channel;
import org.fantastictrain.platform.execution.domain.DateRange;
import org.fantastictrain.platform.execution.domain.ForecastPoint;
import org.fantastictrain.platform.execution.domain.InvalidForecastRequestException;
import org.fantastictrain.platform.execution.domain.NoChampionException;
import org.fantastictrain.platform.execution.domain.PointKind;
import org.fantastictrain.platform.execution.domain.ServedForecast;
import org.fantastictrain.platform.execution.domain.UnknownSeriesException;
import org.fantastictrain.platform.execution.support.LineModel;
import org.fantastictrain.platform.execution.support.TestChampions;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.junit.jupiter.api.Test;

class ForecastServiceTest {

    private static final Instant NOW = Instant.parse("2023-07-01T06:00:00Z");
    private static final LocalDate JUNE_30 = LocalDate.of(2023, 6, 30);

    private final TestChampions registry = new TestChampions();
    private final List<ServedForecast> logged = new ArrayList<>();
    private final ForecastService service = new ForecastService(
            new ChampionCache(registry, Duration.ofSeconds(1), System::nanoTime, Runnable::run),
            (series, from, to) -> Map.of(JUNE_30, 42.0),
            logged::add,
            Clock.fixed(NOW, ZoneId.of("Europe/Dublin")),
            new ExecutionSettings(SeriesId.CORRIB_PRODUCTION, 0.8, 366, Duration.ofSeconds(1)));

    @Test
    void a_range_is_served_in_order_with_kinds_actuals_and_the_default_width_and_is_logged() {
        ServedForecast served = service.forecast(ForecastCommand.ofRange(
                null, new DateRange(JUNE_30.minusDays(1), JUNE_30.plusDays(2)), null, Channel.CLI, "r1"));

        assertThat(served.series()).isEqualTo(SeriesId.CORRIB_PRODUCTION);
        assertThat(served.intervalWidth()).isEqualTo(0.8);
        assertThat(served.generatedAt()).isEqualTo(NOW);
        assertThat(served.from()).isEqualTo(JUNE_30.minusDays(1));
        assertThat(served.to()).isEqualTo(JUNE_30.plusDays(2));
        assertThat(served.points())
                .extracting(ForecastPoint::kind)
                .containsExactly(PointKind.FITTED, PointKind.FITTED, PointKind.FORECAST, PointKind.FORECAST);
        assertThat(served.points()).extracting(ForecastPoint::y).containsExactly(null, 42.0, null, null);
        assertThat(logged).containsExactly(served);
    }

    @Test
    void explicit_days_keep_their_order_and_repeats_and_need_no_actuals() {
        LocalDate a = LocalDate.of(2023, 7, 5);
        LocalDate b = LocalDate.of(2023, 7, 1);
        ServedForecast served = service.forecast(
                new ForecastCommand("corrib_production", List.of(a, b, a), 0.5, false, Channel.INVOCATIONS, "r2"));

        assertThat(served.points()).extracting(ForecastPoint::ds).containsExactly(a, b, a);
        assertThat(served.points().get(0).yhat()).isEqualTo(LineModel.standard().value(a));
        assertThat(served.points().get(0).yhatUpper() - served.points().get(0).yhat())
                .isEqualTo(5.0);
        assertThat(served.from()).isEqualTo(b);
        assertThat(served.to()).isEqualTo(a);
    }

    @Test
    void the_size_limit_counts_distinct_days() {
        LocalDate day = LocalDate.of(2023, 7, 1);
        List<LocalDate> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(day);
        }
        assertThat(service.forecast(new ForecastCommand(null, many, null, false, Channel.INVOCATIONS, "r3"))
                        .points())
                .hasSize(1000);

        assertThatThrownBy(() -> service.forecast(
                        ForecastCommand.ofRange(null, new DateRange(day, day.plusDays(366)), null, Channel.HTTP, "r4")))
                .isInstanceOf(InvalidForecastRequestException.class)
                .hasMessageContaining("367 days");
    }

    @Test
    void unknown_series_and_missing_champions_are_told_apart() {
        DateRange range = new DateRange(JUNE_30, JUNE_30);
        assertThatThrownBy(() -> service.forecast(ForecastCommand.ofRange("gas", range, null, Channel.HTTP, "r5")))
                .isInstanceOf(UnknownSeriesException.class);
        assertThatThrownBy(() -> service.forecast(ForecastCommand.ofRange("total", range, null, Channel.HTTP, "r6")))
                .isInstanceOf(NoChampionException.class)
                .hasMessageContaining("train --series total");
        assertThat(logged).isEmpty();
    }

    @Test
    void a_model_refusing_the_days_is_a_bad_request() {
        registry.promote(SeriesId.MOFFAT, 3, new FittedModel() {
            @Override
            public String algorithm() {
                return "refusing";
            }

            @Override
            public LocalDate trainingStart() {
                return LineModel.START;
            }

            @Override
            public LocalDate trainingEnd() {
                return LineModel.END;
            }

            @Override
            public Forecast predict(List<LocalDate> days, double intervalWidth) {
                throw new IllegalArgumentException("days before the history");
            }
        });

        assertThatThrownBy(() -> service.forecast(
                        ForecastCommand.ofRange("moffat", new DateRange(JUNE_30, JUNE_30), null, Channel.HTTP, "r7")))
                .isInstanceOf(InvalidForecastRequestException.class)
                .hasMessage("the champion cannot forecast these days: days before the history");
    }

    @Test
    void the_simulator_returns_the_frame_with_the_model_it_comes_from() {
        var input = service.simulate(null, new DateRange(JUNE_30, JUNE_30.plusDays(1)));

        assertThat(input.modelVersion()).isEqualTo(1);
        assertThat(input.algorithm()).isEqualTo("test-line");
        assertThat(input.trainingEnd()).isEqualTo(LineModel.END);
        assertThat(input.frame().columns()).containsExactly("t", "weekday");
        assertThat(input.frame().rows()).hasSize(2);
    }
}
