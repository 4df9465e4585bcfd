package org.fantastictrain.platform.scheduling.config;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.adapter.quartz.NoJobScheduler;
import org.fantastictrain.platform.scheduling.adapter.quartz.QuartzJobScheduler;
import org.fantastictrain.platform.scheduling.application.DailyForecastTask;
import org.fantastictrain.platform.scheduling.application.DailyLoadTask;
import org.fantastictrain.platform.scheduling.application.JobCatalog;
import org.fantastictrain.platform.scheduling.application.JobHistory;
import org.fantastictrain.platform.scheduling.application.JobRunner;
import org.fantastictrain.platform.scheduling.application.JobTask;
import org.fantastictrain.platform.scheduling.application.ManualJobTrigger;
import org.fantastictrain.platform.scheduling.application.TrainingTask;
import org.fantastictrain.platform.scheduling.application.port.out.ControlRunPort;
import org.fantastictrain.platform.scheduling.application.port.out.DailyLoadPort;
import org.fantastictrain.platform.scheduling.application.port.out.JobRunRepository;
import org.fantastictrain.platform.scheduling.application.port.out.JobSchedulerPort;
import org.fantastictrain.platform.scheduling.domain.JobSchedule;
import org.fantastictrain.platform.training.application.port.in.TrainUseCase;
import org.fantastictrain.platform.vintage.application.port.in.IssueForecastVintageUseCase;
import org.quartz.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Wires the jobs onto the clustered Quartz scheduler. The Quartz defaults (JDBC store on the
 * platform's database, clustered) come from {@code scheduling-defaults.properties}; any of them
 * can be overridden in {@code application.yml} or the environment.
 *
 * <p>Ports implemented elsewhere (training, registry, ingestion) are looked up when a job runs, so
 * the platform starts, and the job fails with a clear error, if one is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
@PropertySource("classpath:scheduling-defaults.properties")
class SchedulingConfiguration {

    @Bean
    List<JobSchedule> jobSchedules(JobsProperties properties) {
        return properties.schedules();
    }

    /**
     * The Quartz job store, brought in line with the configuration before the scheduler starts.
     * Without a Quartz scheduler (one-shot CLI commands exclude its auto-configuration) nothing
     * touches the job store.
     */
    @Bean
    JobSchedulerPort jobSchedulerPort(
            ObjectProvider<Scheduler> scheduler,
            List<JobSchedule> jobSchedules,
            ObjectProvider<Clock> clocks,
            @Value("${ft.clock.zone:Europe/Dublin}") String zone) {
        Scheduler quartz = scheduler.getIfAvailable();
        if (quartz == null) {
            return new NoJobScheduler();
        }
        QuartzJobScheduler jobs = new QuartzJobScheduler(quartz);
        jobs.synchronize(jobSchedules, BusinessClock.of(clocks, zone).getZone());
        return jobs;
    }

    @Bean
    JobRunner jobRunner(
            ObjectProvider<DailyLoadPort> load,
            ObjectProvider<TrainUseCase> training,
            ObjectProvider<IssueForecastVintageUseCase> vintages,
            ObjectProvider<ControlRunPort> control,
            JobRunRepository runs,
            ObjectProvider<Clock> clocks,
            @Value("${ft.clock.zone:Europe/Dublin}") String zone) {
        List<JobTask> tasks = List.of(
                new DailyLoadTask(() -> required(load, "daily load").loadDaily()),
                new TrainingTask(
                        (series, trigger) -> required(training, "training").train(series, trigger)),
                new DailyForecastTask(
                        (series, issuedOn) ->
                                required(vintages, "forecast vintage").issue(series, issuedOn),
                        Optional.ofNullable(control.getIfAvailable())));
        return new JobRunner(tasks, runs, BusinessClock.of(clocks, zone));
    }

    @Bean
    ManualJobTrigger manualJobTrigger(
            JobRunRepository runs,
            JobSchedulerPort scheduler,
            ObjectProvider<Clock> clocks,
            @Value("${ft.clock.zone:Europe/Dublin}") String zone) {
        return new ManualJobTrigger(runs, scheduler, BusinessClock.of(clocks, zone));
    }

    @Bean
    JobHistory jobHistory(JobRunRepository runs) {
        return new JobHistory(runs);
    }

    @Bean
    JobCatalog jobCatalog(
            List<JobSchedule> jobSchedules,
            JobSchedulerPort scheduler,
            ObjectProvider<Clock> clocks,
            @Value("${ft.clock.zone:Europe/Dublin}") String zone) {
        return new JobCatalog(
                jobSchedules, scheduler, BusinessClock.of(clocks, zone).getZone());
    }

    private static <T> T required(ObjectProvider<T> provider, String what) {
        T port = provider.getIfAvailable();
        if (port == null) {
            throw new IllegalStateException("no " + what + " service is available in this build");
        }
        return port;
    }
}
