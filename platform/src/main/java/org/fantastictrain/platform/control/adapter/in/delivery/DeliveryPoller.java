package org.fantastictrain.platform.control.adapter.in.delivery;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fantastictrain.platform.control.application.port.in.DeliverAlarmsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * In the server, delivers owed alarms every poll interval: retries after failures, and the
 * periodic re-send of firing alarms Alertmanager needs. Each instance polls; the delivery state in
 * the database keeps them from sending twice what they need not (a duplicate is harmless to
 * Alertmanager).
 */
public class DeliveryPoller implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);

    private final DeliverAlarmsUseCase delivery;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public DeliveryPoller(DeliverAlarmsUseCase delivery, Duration interval) {
        this.delivery = delivery;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "alarm-delivery");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            log.warn("Alarm delivery round failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
