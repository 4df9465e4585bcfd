package org.fantastictrain.platform.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.replay.application.ReplayService;
import org.fantastictrain.platform.replay.application.port.in.PreparedReplay;
import org.fantastictrain.platform.replay.application.port.in.ReplayCommand;
import org.fantastictrain.platform.replay.domain.JobCalendar;
import org.fantastictrain.platform.replay.domain.ReplayRefusedException;
import org.fantastictrain.platform.replay.domain.ReplayRun;
import org.fantastictrain.platform.replay.domain.ReplayStatus;
import org.fantastictrain.platform.support.PlatformTest;
import org.fantastictrain.platform.system.clock.BusinessClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Short replays on the real database, checked against what the jobs recorded. */
class ReplayTest extends PlatformTest {

    private static final LocalDate FROM = LocalDate.of(2023, 7, 1);
    private static final String SERIES = "corrib_production";

    @Autowired
    ReplayService replays;

    @Autowired
    BusinessClock clock;

    @TempDir
    Path dir;

    @BeforeEach
    void freshDatabase() {
        jdbc.execute(
                "truncate alarm_delivery, alarm, control_check, control_run, forecast_evaluation, served_forecast_point,"
                        + " served_forecast, forecast_vintage, model_alias_history, model_alias, model_version, training_run,"
                        + " observation_history, rejected_row, observation, load_run, job_run, replay_run restart identity");
    }

    @Test
    void a_short_replay_matches_the_database() throws Exception {
        LocalDate to = FROM.plusDays(44);
        PreparedReplay prepared = replays.prepare(new ReplayCommand(FROM, to, SERIES, false, Optional.of(dir)));
        ReplayRun run = replays.run(prepared, r -> {});

        assertThat(run.status()).isEqualTo(ReplayStatus.SUCCEEDED);
        assertThat(run.currentDay()).isEqualTo(to);
        assertThat(clock.virtual()).as("the clock is released").isFalse();
        assertThat(run.counts().days()).isEqualTo(45);

        // Every day: one daily-load and one daily-forecast job run, recorded with trigger replay.
        assertThat(count("select count(*) from job_run where trigger = 'replay' and job = 'daily-load'"))
                .isEqualTo(45);
        assertThat(count("select count(*) from job_run where trigger = 'replay' and job = 'daily-forecast'"))
                .isEqualTo(45);
        assertThat(count("select count(*) from job_run where trigger = 'replay' and status <> 'SUCCEEDED'"))
                .isZero();
        // Fresh database: the initial load up to the day before the day before, then one day a day.
        assertThat(count("select count(*) from load_run where kind = 'initial'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from load_run where kind = 'daily'"))
                .isEqualTo(run.counts().loads())
                .isEqualTo(45);
        assertThat(count("select count(*) from load_run where kind = 'daily' and requested_from <> requested_to"))
                .isZero();
        assertThat(jdbc.queryForObject("select max(ds) from observation", LocalDate.class))
                .isEqualTo(to.minusDays(1));
        assertThat(count("select coalesce(sum(inserted + updated), 0) from load_run where kind = 'daily'"))
                .isEqualTo(run.counts().rowsLoaded());
        // One vintage a day for the series, issued on the business day.
        assertThat(count("select count(distinct issued_on) from forecast_vintage where series_id = ?", SERIES))
                .isEqualTo(45);
        assertThat(count(
                        "select count(*) from (select issued_on from forecast_vintage where series_id = ? and issued_on"
                                + " between ? and ? group by issued_on, model_version having count(*) = 30) v",
                        SERIES,
                        FROM,
                        to))
                .isEqualTo(45);
        // Trainings: the cron's firings in 2023-07-01..2023-08-14 (1 Jul, 15 Jul, 1 Aug).
        long firings = new JobCalendar("0 0 1,15 * *", clock.getZone()).firingDays(FROM, to);
        assertThat(firings).isEqualTo(3);
        assertThat(count("select count(*) from job_run where trigger = 'replay' and job = 'training'"))
                .isEqualTo(firings);
        assertThat(count("select count(*) from training_run where trigger = 'replay'"))
                .isEqualTo(firings)
                .isEqualTo(run.counts().trainings());
        assertThat(count("select count(*) from training_run where decision = 'PROMOTED'"))
                .isEqualTo(run.counts().promotions());
        assertThat(count("select count(*) from training_run where decision = 'REJECTED'"))
                .isEqualTo(run.counts().rejections());
        assertThat(run.counts().promotions()).isGreaterThanOrEqualTo(1);
        // Training runs happen on the cron's days, at the virtual time.
        assertThat(jdbc.queryForList(
                        "select distinct (started_at at time zone 'Europe/Dublin')::date from training_run order by 1",
                        LocalDate.class))
                .containsExactly(FROM, FROM.plusDays(14), LocalDate.of(2023, 8, 1));
        // Control ran every day and the alarms counted are those in the table.
        assertThat(count("select count(distinct as_of) from control_run where as_of between ? and ?", FROM, to))
                .isEqualTo(45);
        assertThat(count("select count(*) from alarm")).isEqualTo(run.counts().alarms());

        Map<String, Object> summary = run.summary();
        assertThat(summary.get("days")).isEqualTo(45);
        assertThat(((Number) summary.get("loads")).longValue())
                .isEqualTo(count("select count(*) from load_run where kind = 'daily'"));
        assertThat(((Number) summary.get("trainings")).longValue()).isEqualTo(firings);
        assertThat(((Number) summary.get("promotions")).longValue())
                .isEqualTo(count("select count(*) from training_run where decision = 'PROMOTED'"));
        assertThat(((Number) summary.get("alarms")).longValue()).isEqualTo(count("select count(*) from alarm"));
        assertThat(summary).containsKeys("accuracy", "alarms_by_criterion", "rows_loaded", "rejections");

        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html)
                .contains("Status SUCCEEDED", "<svg", "Trainings", "Alarms", "Control criteria")
                .doesNotContain("http://", "https://", "<script src", "<link");
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"days\" : 45", "\"lead_30\"");
    }

    @Test
    void refuses_a_range_beyond_the_source_and_one_before_loaded_data() {
        assertThatThrownBy(() -> replays.prepare(new ReplayCommand(
                        LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 31), SERIES, false, Optional.empty())))
                .isInstanceOf(ReplayRefusedException.class)
                .hasMessageContaining("has data up to 2024-06-30");
        jdbc.update(
                "insert into observation (series_id, ds, value) values (?, ?, 1.0)", SERIES, LocalDate.of(2023, 8, 1));
        assertThatThrownBy(() ->
                        replays.prepare(new ReplayCommand(FROM, FROM.plusDays(3), SERIES, false, Optional.empty())))
                .isInstanceOf(ReplayRefusedException.class)
                .hasMessageContaining("already holds data up to 2023-08-01")
                .hasMessageContaining("--reset");
        assertThat(count("select count(*) from replay_run")).isZero();
    }

    @Test
    void a_stopped_replay_resumes_from_the_next_day() {
        LocalDate to = FROM.plusDays(9);
        PreparedReplay first = replays.prepare(new ReplayCommand(FROM, to, SERIES, false, Optional.empty()));
        ReplayRun stopped = replays.run(first, r -> {
            if (r.currentDay().equals(FROM.plusDays(3))) {
                replays.requestStop();
            }
        });
        assertThat(stopped.status()).isEqualTo(ReplayStatus.STOPPED);
        assertThat(stopped.currentDay()).isEqualTo(FROM.plusDays(3));
        assertThat(count("select count(*) from job_run where job = 'daily-forecast'"))
                .isEqualTo(4);

        PreparedReplay again = replays.prepare(new ReplayCommand(FROM, to, SERIES, false, Optional.empty()));
        assertThat(again.resumed()).isTrue();
        assertThat(again.run().id()).isEqualTo(stopped.id());
        ReplayRun done = replays.run(again, r -> {});
        assertThat(done.status()).isEqualTo(ReplayStatus.SUCCEEDED);
        assertThat(done.counts().days()).isEqualTo(10);
        assertThat(count("select count(*) from job_run where job = 'daily-forecast'"))
                .isEqualTo(10);
        assertThat(count("select count(distinct issued_on) from forecast_vintage"))
                .isEqualTo(10);
        assertThat(count("select count(*) from load_run where kind = 'daily'")).isEqualTo(10);
        assertThat(count("select count(*) from replay_run")).isEqualTo(1);
    }
}
