package org.fantastictrain.platform.system.clock;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business clock: the system clock in the business time zone ({@code ft.clock.zone}, Irish
 * gas days by default). Everything that needs "now" or "today" takes this bean, so replays and
 * tests can substitute their own clock.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    @Bean
    public Clock clock(@Value("${ft.clock.zone:Europe/Dublin}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
