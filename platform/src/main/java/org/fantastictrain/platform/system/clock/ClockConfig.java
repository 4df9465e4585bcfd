package org.fantastictrain.platform.system.clock;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business clock: the system clock in the business time zone ({@code ft.clock.zone}, Irish
 * gas days by default), which a replay can pin to a past day ({@link BusinessClock}). Everything
 * that needs "now" or "today" takes this bean, so replays and tests control time.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    @Bean
    public BusinessClock clock(@Value("${ft.clock.zone:Europe/Dublin}") String zone) {
        return new BusinessClock(ZoneId.of(zone));
    }
}
