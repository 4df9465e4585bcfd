package org.fantastictrain.platform.execution.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fantastictrain.platform.execution.config.ExecutionProperties;
import org.fantastictrain.platform.execution.domain.Channel;
import org.fantastictrain.platform.execution.domain.ForecastPoint;
import org.fantastictrain.platform.execution.domain.PointKind;
import org.fantastictrain.platform.execution.domain.ServedForecast;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AsyncServedForecastLogTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final JdbcServedForecastWriter writer = mock(JdbcServedForecastWriter.class);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch writing = new CountDownLatch(1);
    private final List<LoggedForecast> written = new CopyOnWriteArrayList<>();
    private AsyncServedForecastLog log;

    @AfterEach
    void stop() {
        release.countDown();
        if (log != null && log.isRunning()) {
            log.stop();
        }
    }

    @Test
    void a_full_queue_drops_and_counts_without_blocking_the_caller() throws Exception {
        blockWriter();
        log = start(2);
        assertThat(log.record(forecast("first"))).isTrue();
        assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        List<Boolean> accepted = List.of(
                log.record(forecast("a")),
                log.record(forecast("b")),
                log.record(forecast("c")),
                log.record(forecast("d")));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(accepted).containsExactly(true, true, false, false);
        assertThat(elapsedMillis).isLessThan(1000);
        assertThat(meters.get("ft.forecast.log.dropped").counter().count()).isEqualTo(2.0);

        release.countDown();
        assertThat(log.flush(Duration.ofSeconds(5))).isTrue();
        assertThat(written).extracting(LoggedForecast::requestId).containsExactly("first", "a", "b");
        assertThat(meters.get("ft.forecast.log.written").counter().count()).isEqualTo(3.0);
    }

    @Test
    void a_failing_write_is_counted_and_the_writer_goes_on() throws Exception {
        doAnswer(call -> {
                    List<LoggedForecast> batch = call.getArgument(0);
                    if (batch.get(0).requestId().equals("bad")) {
                        throw new IllegalStateException("database down");
                    }
                    written.addAll(batch);
                    return null;
                })
                .when(writer)
                .write(anyList());
        log = start(10);

        log.record(forecast("bad"));
        assertThat(log.flush(Duration.ofSeconds(5))).isTrue();
        log.record(forecast("good"));
        assertThat(log.flush(Duration.ofSeconds(5))).isTrue();

        assertThat(written).extracting(LoggedForecast::requestId).containsExactly("good");
        assertThat(meters.get("ft.forecast.log.failed").counter().count()).isEqualTo(1.0);
    }

    @Test
    void stopping_writes_what_is_queued() {
        doAnswer(call -> written.addAll(call.getArgument(0))).when(writer).write(anyList());
        log = start(10);
        for (int i = 0; i < 5; i++) {
            log.record(forecast("r" + i));
        }

        log.stop();

        assertThat(written).hasSize(5);
        assertThat(log.record(forecast("late"))).isFalse();
    }

    private void blockWriter() {
        doAnswer(call -> {
                    writing.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    written.addAll(call.getArgument(0));
                    return null;
                })
                .when(writer)
                .write(anyList());
    }

    private AsyncServedForecastLog start(int capacity) {
        ExecutionProperties properties = new ExecutionProperties(
                "corrib_production", 0.8, 366, DataSize.ofMegabytes(1), Duration.ofSeconds(1), capacity, 10);
        AsyncServedForecastLog started = new AsyncServedForecastLog(writer, properties, meters);
        started.start();
        return started;
    }

    private static ServedForecast forecast(String requestId) {
        LocalDate day = LocalDate.of(2023, 7, 1);
        return new ServedForecast(
                requestId,
                SeriesId.CORRIB_PRODUCTION,
                1,
                Instant.parse("2023-07-01T06:00:00Z"),
                0.8,
                day,
                day,
                List.of(new ForecastPoint(day, PointKind.FORECAST, 1, 0, 2, null)),
                Channel.HTTP);
    }
}
