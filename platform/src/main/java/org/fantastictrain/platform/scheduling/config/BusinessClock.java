package org.fantastictrain.platform.scheduling.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;

/** The injected business clock, or the system clock in {@code ft.clock.zone} if none is defined. */
final class BusinessClock {

    private BusinessClock() {}

    static Clock of(ObjectProvider<Clock> clocks, String zone) {
        return clocks.getIfAvailable(() -> Clock.system(ZoneId.of(zone)));
    }
}
