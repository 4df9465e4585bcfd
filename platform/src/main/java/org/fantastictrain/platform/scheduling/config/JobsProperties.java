package org.fantastictrain.platform.scheduling.config;

import java.util.List;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobSchedule;
import org.fantastictrain.platform.scheduling.domain.UnixCron;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ft.jobs.<name>.cron} (5-field Unix cron, in the business clock's zone) and
 * {@code ft.jobs.<name>.enabled} for each job.
 */
@ConfigurationProperties("ft.jobs")
public class JobsProperties {

    private final Job dailyLoad = new Job("0 0 * * *");
    /** Days 1 and 15 of each month: the seed's {@code 0 0 15 * *} would fire only monthly. */
    private final Job training = new Job("0 0 1,15 * *");

    private final Job dailyForecast = new Job("30 0 * * *");

    public Job getDailyLoad() {
        return dailyLoad;
    }

    public Job getTraining() {
        return training;
    }

    public Job getDailyForecast() {
        return dailyForecast;
    }

    /**
     * The configured schedules, validated.
     *
     * @throws org.fantastictrain.platform.scheduling.domain.InvalidCronException naming the property of a bad cron
     */
    public List<JobSchedule> schedules() {
        return List.of(
                dailyLoad.schedule(JobName.DAILY_LOAD),
                training.schedule(JobName.TRAINING),
                dailyForecast.schedule(JobName.DAILY_FORECAST));
    }

    public static class Job {
        private String cron;
        private boolean enabled = true;

        Job(String cron) {
            this.cron = cron;
        }

        public String getCron() {
            return cron;
        }

        public void setCron(String cron) {
            this.cron = cron;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        JobSchedule schedule(JobName job) {
            return new JobSchedule(job, UnixCron.parse("ft.jobs." + job.id() + ".cron", cron), enabled);
        }
    }
}
