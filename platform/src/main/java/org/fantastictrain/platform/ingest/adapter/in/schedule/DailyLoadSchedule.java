package org.fantastictrain.platform.ingest.adapter.in.schedule;

import java.time.Clock;
import org.fantastictrain.platform.ingest.application.port.in.RunDailyLoadUseCase;
import org.fantastictrain.platform.system.schedule.UnixCron;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Fires the daily load on {@code ft.ingest.daily-cron} (5-field Unix cron, default {@code 0 0 * * *})
 * in the business clock's zone. In-process scheduling; the job's logic lives in the use case so a
 * persistent scheduler can take it over.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ft.ingest.daily-enabled", havingValue = "true", matchIfMissing = true)
class DailyLoadSchedule implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(DailyLoadSchedule.class);

    private final RunDailyLoadUseCase dailyLoad;
    private final UnixCron cron;
    private final Clock clock;

    DailyLoadSchedule(RunDailyLoadUseCase dailyLoad, @Value("${ft.ingest.daily-cron:0 0 * * *}") String cron,
            Clock clock) {
        this.dailyLoad = dailyLoad;
        this.cron = new UnixCron(cron);
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        log.info("Daily load scheduled with cron '{}' in zone {}", cron.expression(), clock.getZone());
        registrar.addCronTask(new CronTask(this::runSafely, new CronTrigger(cron.toSpring(), clock.getZone())));
    }

    private void runSafely() {
        try {
            dailyLoad.runDailyLoad().ifPresent(run -> log.info("Daily load run {}: {}", run.id(), run.status()));
        } catch (RuntimeException e) {
            log.error("Daily load could not run", e);
        }
    }
}
