package org.fantastictrain.platform.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test stand-ins for the business clock and the ports the jobs call; the scheduler and database are real. */
@TestConfiguration(proxyBeanMethods = false)
public class SchedulingTestConfig {

    public static final Instant START = Instant.parse("2024-03-10T12:00:00Z");

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(START, ZoneId.of("Europe/Dublin"));
    }

    @Bean
    @Primary
    FakeTraining fakeTraining() {
        return new FakeTraining();
    }

    @Bean
    @Primary
    FakeDailyLoad fakeDailyLoad() {
        return new FakeDailyLoad();
    }

    @Bean
    @Primary
    FakeChampions fakeChampions() {
        return new FakeChampions();
    }
}
