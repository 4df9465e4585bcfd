package org.fantastictrain.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.fantastictrain.platform.scheduling.adapter.quartz.QuartzJobScheduler;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobSchedule;
import org.fantastictrain.platform.scheduling.domain.UnixCron;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The misfire policy: a firing missed while no instance was up runs once when one starts, and the
 * trigger then proceeds on its cron. Triggers are kept across restarts unless their cron changed.
 */
class MisfireTest extends SchedulingTest {

    private static final String TRIGGER =
            QuartzJobScheduler.cronTriggerKey(JobName.DAILY_LOAD).getName();

    @Autowired
    ApplicationContext context;

    private Scheduler node;

    @AfterEach
    void stopNode() throws Exception {
        if (node != null) {
            node.shutdown(true);
        }
    }

    @Test
    void a_firing_missed_while_down_runs_once_on_start() throws Exception {
        String cluster = "ft-misfire-" + UUID.randomUUID();
        ZoneId zone = zoneWhereItIsAroundNoon();
        JobSchedule daily = schedule("0 0 * * *", true);
        Scheduler first = TestSchedulers.create(cluster, "node-1", context);
        new QuartzJobScheduler(first).synchronize(List.of(daily), zone);
        first.shutdown(true);
        // The platform stayed down for three days: three midnights passed without an instance.
        long threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).toEpochMilli();
        jdbc.update(
                "UPDATE qrtz_triggers SET next_fire_time = ? WHERE sched_name = ? AND trigger_name = ?",
                threeDaysAgo,
                cluster,
                TRIGGER);

        node = TestSchedulers.create(cluster, "node-2", context);
        new QuartzJobScheduler(node).synchronize(List.of(daily), zone);
        assertThat(nextFireTime(cluster))
                .as("an unchanged cron keeps the pending firing")
                .isEqualTo(threeDaysAgo);
        node.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> runs() >= 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> runs() == 1);
        assertThat(
                        count(
                                "SELECT count(*) FROM job_run WHERE trigger = 'scheduler' AND instance = 'node-2' AND status = 'SUCCEEDED'"))
                .isEqualTo(1);
        assertThat(dailyLoad.calls()).isEqualTo(1);
        ZonedDateTime next = Instant.ofEpochMilli(nextFireTime(cluster)).atZone(zone);
        assertThat(next.toInstant()).isAfter(Instant.now());
        assertThat(next.toLocalTime()).as("proceeds on the cron: next midnight").hasToString("00:00");
    }

    @Test
    void a_changed_cron_replaces_the_trigger_and_disabling_removes_it() throws Exception {
        String cluster = "ft-reschedule-" + UUID.randomUUID();
        ZoneId zone = ZoneId.of("Europe/Dublin");
        node = TestSchedulers.create(cluster, "node-1", context);
        QuartzJobScheduler jobs = new QuartzJobScheduler(node);

        jobs.synchronize(List.of(schedule("0 0 * * *", true)), zone);
        jobs.synchronize(List.of(schedule("15 3 * * 1-5", true)), zone);

        CronTrigger trigger = (CronTrigger) node.getTrigger(QuartzJobScheduler.cronTriggerKey(JobName.DAILY_LOAD));
        assertThat(trigger.getCronExpression()).isEqualTo("0 15 3 ? * 2-6 *");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/Dublin");
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(jobs.nextFireTime(JobName.DAILY_LOAD))
                .hasValueSatisfying(t -> assertThat(t.atZone(zone).getHour()).isEqualTo(3));

        jobs.synchronize(List.of(schedule("15 3 * * 1-5", false)), zone);

        assertThat(node.getTrigger(QuartzJobScheduler.cronTriggerKey(JobName.DAILY_LOAD)))
                .isNull();
        assertThat(node.checkExists(QuartzJobScheduler.jobKey(JobName.DAILY_LOAD)))
                .as("still runnable by hand")
                .isTrue();
        assertThat(jobs.nextFireTime(JobName.DAILY_LOAD)).isEmpty();
    }

    private static JobSchedule schedule(String cron, boolean enabled) {
        return new JobSchedule(JobName.DAILY_LOAD, UnixCron.parse("ft.jobs.daily-load.cron", cron), enabled);
    }

    /** A fixed-offset zone where it is now between 06:00 and 18:00, so no real midnight falls in the test. */
    private static ZoneId zoneWhereItIsAroundNoon() {
        int utcHour = Instant.now().atZone(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(12 - utcHour + 12, 24) - 12;
        return ZoneOffset.ofHours(offset);
    }

    private long nextFireTime(String cluster) {
        return jdbc.queryForObject(
                "SELECT next_fire_time FROM qrtz_triggers WHERE sched_name = ? AND trigger_name = ?",
                Long.class,
                cluster,
                TRIGGER);
    }

    private long runs() {
        return count("SELECT count(*) FROM job_run WHERE job = 'daily-load'");
    }
}
