package org.fantastictrain.platform.control.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.in.AlarmWithDeliveries;
import org.fantastictrain.platform.control.domain.Alarm;
import org.fantastictrain.platform.control.domain.AlarmState;

/** Alarms and their delivery state per channel. */
public interface AlarmStore {

    List<Alarm> firing(String series);

    /**
     * Applies one series' transitions in one transaction: inserts {@code fired} (returned with their
     * ids), updates {@code seen} (last seen, observed value) and {@code resolved}; a new or resolved
     * alarm becomes owed to every channel in {@code channels}.
     */
    List<Alarm> apply(List<Alarm> fired, List<Alarm> seen, List<Alarm> resolved, List<String> channels, Instant now);

    List<AlarmWithDeliveries> find(Optional<AlarmState> state, Optional<String> series);

    /**
     * Alarms owed to a channel at {@code now}: pending ones whose next attempt is due and, when
     * {@code resendFiringAfter} is given, firing ones last sent longer ago than that.
     */
    List<Alarm> due(String channel, Instant now, Optional<Duration> resendFiringAfter);

    void delivered(String channel, List<Alarm> alarms, Instant now);

    /** Records a failed attempt; the next one waits {@code base × 2^attempts}, at most {@code max}. */
    void failed(String channel, List<Alarm> alarms, String error, Instant now, Duration base, Duration max);
}
