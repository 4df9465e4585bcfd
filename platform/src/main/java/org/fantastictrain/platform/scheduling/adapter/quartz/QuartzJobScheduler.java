package org.fantastictrain.platform.scheduling.adapter.quartz;

import static org.quartz.CronScheduleBuilder.cronSchedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.fantastictrain.platform.scheduling.application.port.out.JobSchedulerPort;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobSchedule;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs in the Quartz job store: registers the job details, keeps each cron trigger in line
 * with the configuration, and fires manual runs.
 *
 * <p>A trigger whose cron and time zone are unchanged is left alone, so a firing missed while the
 * whole cluster was down is still pending on start and runs once (misfire instruction
 * {@code FIRE_AND_PROCEED}). A changed cron replaces the trigger, counting from now.
 */
public class QuartzJobScheduler implements JobSchedulerPort {

    static final String GROUP = "fantastic-train";
    private static final Logger LOG = LoggerFactory.getLogger(QuartzJobScheduler.class);

    private final Scheduler scheduler;

    public QuartzJobScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public static JobKey jobKey(JobName job) {
        return JobKey.jobKey(job.id(), GROUP);
    }

    public static TriggerKey cronTriggerKey(JobName job) {
        return TriggerKey.triggerKey(job.id() + "-cron", GROUP);
    }

    /** Brings the job store in line with the configured schedules; safe to run on every instance at once. */
    public void synchronize(List<JobSchedule> schedules, ZoneId zone) {
        try {
            for (JobSchedule schedule : schedules) {
                synchronize(schedule, zone);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException(
                    "could not register the jobs in the Quartz job store: " + e.getMessage(), e);
        }
    }

    private void synchronize(JobSchedule schedule, ZoneId zone) throws SchedulerException {
        JobName job = schedule.job();
        JobDetail detail = JobBuilder.newJob(QuartzJob.class)
                .withIdentity(jobKey(job))
                .withDescription(schedule.cron().description())
                .storeDurably()
                .requestRecovery(false)
                .build();
        scheduler.addJob(detail, true);
        TriggerKey key = cronTriggerKey(job);
        Trigger existing = scheduler.getTrigger(key);
        if (!schedule.enabled()) {
            if (existing != null) {
                scheduler.unscheduleJob(key);
                LOG.info("job {} disabled: its cron trigger is removed", job.id());
            }
            return;
        }
        if (existing instanceof CronTrigger cron && matches(cron, schedule, zone)) {
            return;
        }
        Trigger trigger = cronTrigger(schedule, zone, null);
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
                LOG.info(
                        "job {} scheduled: {} ({}) in {}",
                        job.id(),
                        schedule.cron().expression(),
                        schedule.cron().quartzExpression(),
                        zone);
                return;
            } catch (ObjectAlreadyExistsException raced) {
                // Another instance registered it between our read and write.
                existing = scheduler.getTrigger(key);
                if (existing instanceof CronTrigger cron && matches(cron, schedule, zone)) {
                    return;
                }
            }
        }
        scheduler.rescheduleJob(key, trigger);
        LOG.info(
                "job {} rescheduled: {} ({}) in {}",
                job.id(),
                schedule.cron().expression(),
                schedule.cron().quartzExpression(),
                zone);
    }

    private static boolean matches(CronTrigger trigger, JobSchedule schedule, ZoneId zone) {
        return trigger.getCronExpression().equals(schedule.cron().quartzExpression())
                && trigger.getTimeZone()
                        .getID()
                        .equals(TimeZone.getTimeZone(zone).getID())
                && trigger.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW;
    }

    /**
     * The cron trigger of a job: fires in the business time zone; a firing missed while no
     * instance was up runs once as soon as one is (fire and proceed), not once per missed firing.
     *
     * @param startAt when the trigger starts counting, or null for now
     */
    public static Trigger cronTrigger(JobSchedule schedule, ZoneId zone, Instant startAt) {
        TriggerBuilder<CronTrigger> builder = TriggerBuilder.newTrigger()
                .withIdentity(cronTriggerKey(schedule.job()))
                .forJob(jobKey(schedule.job()))
                .withDescription(schedule.cron().expression())
                .withSchedule(cronSchedule(schedule.cron().quartzExpression())
                        .inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed());
        if (startAt != null) {
            builder.startAt(Date.from(startAt));
        }
        return builder.build();
    }

    @Override
    public void fireNow(JobName job, long queuedRunId) {
        try {
            scheduler.triggerJob(jobKey(job), new JobDataMap(Map.of(QuartzJob.RUN_ID, Long.toString(queuedRunId))));
        } catch (SchedulerException e) {
            throw new IllegalStateException(
                    "could not hand job " + job.id() + " to the scheduler: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Instant> nextFireTime(JobName job) {
        try {
            Trigger trigger = scheduler.getTrigger(cronTriggerKey(job));
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not read the trigger of job " + job.id() + ": " + e.getMessage(), e);
        }
    }
}
