package org.fantastictrain.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.quartz.CronScheduleBuilder.cronSchedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fantastictrain.platform.scheduling.adapter.quartz.QuartzJobScheduler;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobSchedule;
import org.fantastictrain.platform.scheduling.domain.UnixCron;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Two platform nodes on one database share the firings of a job: each firing runs exactly once. */
class ClusteredSchedulerTest extends SchedulingTest {

    private static final TriggerKey EVERY_SECOND = TriggerKey.triggerKey("every-second", "test");

    @Autowired
    ApplicationContext context;

    private Scheduler nodeA;
    private Scheduler nodeB;

    @AfterEach
    void stopNodes() throws Exception {
        for (Scheduler node : new Scheduler[] {nodeA, nodeB}) {
            if (node != null) {
                node.shutdown(true);
            }
        }
    }

    @Test
    void two_instances_on_one_database_run_each_firing_once() throws Exception {
        String cluster = "ft-cluster-" + UUID.randomUUID();
        nodeA = TestSchedulers.create(cluster, "node-a", context);
        nodeB = TestSchedulers.create(cluster, "node-b", context);
        JobSchedule dailyLoadJob = new JobSchedule(JobName.DAILY_LOAD, UnixCron.parse("test", "0 0 * * *"), false);
        new QuartzJobScheduler(nodeA).synchronize(List.of(dailyLoadJob), ZoneId.of("Europe/Dublin"));
        new QuartzJobScheduler(nodeB).synchronize(List.of(dailyLoadJob), ZoneId.of("Europe/Dublin"));
        Trigger everySecond = TriggerBuilder.newTrigger()
                .withIdentity(EVERY_SECOND)
                .forJob(QuartzJobScheduler.jobKey(JobName.DAILY_LOAD))
                .withSchedule(cronSchedule("* * * * * ?").withMisfireHandlingInstructionFireAndProceed())
                .build();
        nodeA.scheduleJob(everySecond);

        nodeA.start();
        nodeB.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> runs() >= 5);
        nodeA.unscheduleJob(EVERY_SECOND);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> nodeA.getCurrentlyExecutingJobs().isEmpty()
                        && nodeB.getCurrentlyExecutingJobs().isEmpty()
                        && count("SELECT count(*) FROM job_run WHERE status IN ('QUEUED', 'RUNNING')") == 0);

        List<Map<String, Object>> duplicated = jdbc.queryForList(
                "SELECT scheduled_for, count(*) AS n FROM job_run WHERE job = 'daily-load' GROUP BY scheduled_for HAVING count(*) > 1");
        assertThat(duplicated).isEmpty();
        assertThat(dailyLoad.calls()).isEqualTo((int) runs());
        assertThat(
                        count(
                                "SELECT count(*) FROM job_run WHERE job = 'daily-load' AND trigger = 'scheduler' AND status = 'SUCCEEDED'"))
                .isEqualTo(runs());
        assertThat(jdbc.queryForList("SELECT DISTINCT instance FROM job_run", String.class))
                .isSubsetOf("node-a", "node-b");
    }

    private long runs() {
        return count("SELECT count(*) FROM job_run WHERE job = 'daily-load'");
    }
}
