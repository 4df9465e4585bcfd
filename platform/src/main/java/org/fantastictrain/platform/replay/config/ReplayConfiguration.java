package org.fantastictrain.platform.replay.config;

import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.application.port.out.SourceResolver;
import org.fantastictrain.platform.replay.adapter.persistence.JdbcReplayRuns;
import org.fantastictrain.platform.replay.adapter.persistence.JdbcReplayState;
import org.fantastictrain.platform.replay.adapter.report.JdbcReplayReport;
import org.fantastictrain.platform.replay.adapter.scheduler.QuartzPause;
import org.fantastictrain.platform.replay.application.ReplayService;
import org.fantastictrain.platform.replay.application.ReplaySettings;
import org.fantastictrain.platform.replay.domain.JobCalendar;
import org.fantastictrain.platform.scheduling.application.port.in.RunJobUseCase;
import org.fantastictrain.platform.scheduling.config.JobsProperties;
import org.fantastictrain.platform.scheduling.domain.UnixCron;
import org.fantastictrain.platform.system.clock.BusinessClock;
import org.quartz.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the replay onto the job runner, the business clock and the database. */
@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

    @Bean
    ReplayService replayService(
            RunJobUseCase jobs,
            LoadDataUseCase loads,
            SourceResolver sources,
            BusinessClock clock,
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<Scheduler> scheduler,
            JobsProperties jobsProperties,
            @Value("${ft.ingest.daily-source:bundled}") String sourceSpec) {
        ReplaySettings settings = new ReplaySettings(
                calendar(
                        "ft.jobs.daily-load.cron", jobsProperties.getDailyLoad().getCron(), clock),
                calendar("ft.jobs.training.cron", jobsProperties.getTraining().getCron(), clock),
                calendar(
                        "ft.jobs.daily-forecast.cron",
                        jobsProperties.getDailyForecast().getCron(),
                        clock),
                sourceSpec);
        return new ReplayService(
                jobs,
                loads,
                sources,
                clock,
                new JdbcReplayRuns(jdbc),
                new JdbcReplayState(jdbc, tx),
                new JdbcReplayReport(jdbc, clock.getZone()),
                new QuartzPause(scheduler),
                settings);
    }

    /** Validated like the scheduler's own triggers, so a bad cron fails startup with the same one-line message. */
    private static JobCalendar calendar(String property, String expression, BusinessClock clock) {
        UnixCron.parse(property, expression);
        return new JobCalendar(expression, clock.getZone());
    }
}
