package org.fantastictrain.platform.control.application;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.in.DeliverAlarmsUseCase;
import org.fantastictrain.platform.control.application.port.in.DeliveryRound;
import org.fantastictrain.platform.control.application.port.out.AlarmChannel;
import org.fantastictrain.platform.control.application.port.out.AlarmStore;
import org.fantastictrain.platform.control.domain.Alarm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers owed alarms channel by channel. A failed send leaves them owed, with an exponential
 * back-off; nothing is dropped. Timing runs on wall-clock time (not the business clock), since
 * retries and Alertmanager's resolve timeout are real durations.
 */
public class AlarmDeliveryService implements DeliverAlarmsUseCase {
    private static final Logger log = LoggerFactory.getLogger(AlarmDeliveryService.class);

    /**
     * @param resendFiring how often a firing alarm is re-sent to channels that forget them
     * @param backoffBase first retry delay, doubled per failed attempt
     * @param backoffMax longest retry delay
     */
    public record Timing(Duration resendFiring, Duration backoffBase, Duration backoffMax) {}

    private final AlarmStore alarms;
    private final List<AlarmChannel> channels;
    private final Timing timing;
    private final Clock wallClock;

    public AlarmDeliveryService(AlarmStore alarms, List<AlarmChannel> channels, Timing timing, Clock wallClock) {
        this.alarms = alarms;
        this.channels = List.copyOf(channels);
        this.timing = timing;
        this.wallClock = wallClock;
    }

    public List<String> channelNames() {
        return channels.stream().map(AlarmChannel::name).toList();
    }

    @Override
    public synchronized DeliveryRound deliverDue() {
        Map<String, Integer> sent = new LinkedHashMap<>();
        Map<String, Integer> failed = new LinkedHashMap<>();
        for (AlarmChannel channel : channels) {
            List<Alarm> due = alarms.due(
                    channel.name(),
                    wallClock.instant(),
                    channel.resendsWhileFiring() ? Optional.of(timing.resendFiring()) : Optional.empty());
            if (due.isEmpty()) {
                continue;
            }
            try {
                channel.send(due);
                alarms.delivered(channel.name(), due, wallClock.instant());
                sent.put(channel.name(), due.size());
                log.debug("Delivered {} alarms to {}", due.size(), channel.name());
            } catch (RuntimeException e) {
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                alarms.failed(
                        channel.name(), due, error, wallClock.instant(), timing.backoffBase(), timing.backoffMax());
                failed.put(channel.name(), due.size());
                log.warn("Delivering {} alarms to {} failed (will retry): {}", due.size(), channel.name(), error);
            }
        }
        return new DeliveryRound(sent, failed);
    }
}
