package org.fantastictrain.platform.control.application.port.in;

import java.time.Instant;
import java.util.List;
import org.fantastictrain.platform.control.domain.Alarm;

/** An alarm and where it has been delivered. */
public record AlarmWithDeliveries(Alarm alarm, List<Delivery> deliveries) {

    /**
     * @param pending a send is owed (not yet delivered, or retrying after a failure)
     * @param deliveredState the alarm state last delivered ({@code firing} or {@code resolved})
     */
    public record Delivery(
            String channel,
            boolean pending,
            int attempts,
            Instant nextAttemptAt,
            Instant lastAttemptAt,
            Instant deliveredAt,
            String deliveredState,
            String lastError) {}
}
