package org.fantastictrain.platform.execution.adapter.out.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.fantastictrain.platform.execution.application.port.in.FlushServedForecastLog;
import org.fantastictrain.platform.execution.application.port.out.ServedForecastLog;
import org.fantastictrain.platform.execution.config.ExecutionProperties;
import org.fantastictrain.platform.execution.domain.ServedForecast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The served-forecast log: a bounded in-memory queue drained by one background writer. Recording
 * never blocks; when the queue is full the entry is dropped and counted in
 * {@code ft_forecast_log_dropped_total}. Stopping the application drains what is queued.
 */
@Component
class AsyncServedForecastLog implements ServedForecastLog, FlushServedForecastLog, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncServedForecastLog.class);
    private static final Duration DRAIN_ON_STOP = Duration.ofSeconds(10);

    private final JdbcServedForecastWriter writer;
    private final BlockingQueue<LoggedForecast> queue;
    private final int batchSize;
    private final Counter dropped;
    private final Counter written;
    private final Counter failed;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private volatile boolean running;
    private volatile boolean accepting;
    private Thread thread;

    AsyncServedForecastLog(JdbcServedForecastWriter writer, ExecutionProperties properties, MeterRegistry meters) {
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(properties.logQueueCapacity());
        this.batchSize = properties.logBatchSize();
        this.dropped = Counter.builder("ft.forecast.log.dropped")
                .description("Served forecasts not logged because the log queue was full or stopped")
                .register(meters);
        this.written = Counter.builder("ft.forecast.log.written")
                .description("Served forecasts written to served_forecast")
                .register(meters);
        this.failed = Counter.builder("ft.forecast.log.failed")
                .description("Served forecasts lost because writing them to the database failed")
                .register(meters);
        Gauge.builder("ft.forecast.log.queue", queue, BlockingQueue::size)
                .description("Served forecasts waiting to be written")
                .register(meters);
    }

    @Override
    public boolean record(ServedForecast forecast) {
        if (accepting && queue.offer(LoggedForecast.of(forecast))) {
            accepted.incrementAndGet();
            return true;
        }
        dropped.increment();
        return false;
    }

    @Override
    public boolean flush(Duration timeout) {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processed.get() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void start() {
        accepting = true;
        running = true;
        thread = new Thread(this::drain, "served-forecast-log");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        accepting = false;
        if (!flush(DRAIN_ON_STOP)) {
            LOG.warn("stopping with {} served forecasts not yet logged", queue.size());
        }
        running = false;
        thread.interrupt();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Below the web server's phase: started before it takes requests, stopped (and drained) after
     * it has finished the last one.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void drain() {
        List<LoggedForecast> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                LoggedForecast first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } finally {
                processed.addAndGet(batch.size());
                batch.clear();
            }
        }
    }

    private void write(List<LoggedForecast> batch) {
        try {
            writer.write(batch);
            written.increment(batch.size());
        } catch (RuntimeException e) {
            failed.increment(batch.size());
            LOG.warn("could not log {} served forecasts: {}", batch.size(), e.getMessage());
        }
    }
}
