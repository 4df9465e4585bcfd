package org.fantastictrain.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.application.JobRunner;
import org.fantastictrain.platform.scheduling.application.JobTask;
import org.fantastictrain.platform.scheduling.application.port.out.JobRunRepository;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobOutcome;
import org.fantastictrain.platform.scheduling.domain.JobRun;
import org.fantastictrain.platform.scheduling.domain.JobRunStatus;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.junit.jupiter.api.Test;

class JobRunnerTest {

    private final TestClock clock = new TestClock(Instant.parse("2024-03-30T23:30:00Z"), ZoneId.of("Europe/Dublin"));
    private final InMemoryRuns runs = new InMemoryRuns();

    @Test
    void the_task_gets_the_business_date_of_the_injected_clock() {
        List<LocalDate> seen = new ArrayList<>();
        JobRunner runner = new JobRunner(
                List.of(task(JobName.TRAINING, d -> {
                    seen.add(d);
                    return JobOutcome.succeeded(Map.of("ok", true));
                })),
                runs,
                clock);
        clock.set(Instant.parse("2024-06-30T23:30:00Z"));

        JobRun run = runner.run(JobName.TRAINING, RunTrigger.SCHEDULER, clock.instant(), null, "n1");

        assertThat(seen).containsExactly(LocalDate.of(2024, 7, 1));
        assertThat(run.status()).isEqualTo(JobRunStatus.SUCCEEDED);
        assertThat(run.summary()).containsEntry("ok", true);
        assertThat(run.startedAt()).isEqualTo(clock.instant());
    }

    @Test
    void an_exception_in_the_task_is_recorded_as_a_failed_run() {
        JobRunner runner = new JobRunner(
                List.of(task(JobName.DAILY_LOAD, d -> {
                    throw new IllegalStateException("disk full");
                })),
                runs,
                clock);

        JobRun run = runner.run(JobName.DAILY_LOAD, RunTrigger.SCHEDULER, clock.instant(), null, "n1");

        assertThat(run.status()).isEqualTo(JobRunStatus.FAILED);
        assertThat(run.error()).isEqualTo("IllegalStateException: disk full");
        assertThat(run.finishedAt()).isNotNull();
    }

    @Test
    void a_job_without_task_fails_clearly() {
        JobRunner runner = new JobRunner(List.of(), runs, clock);

        JobRun run = runner.run(JobName.DAILY_FORECAST, RunTrigger.SCHEDULER, clock.instant(), null, "n1");

        assertThat(run.status()).isEqualTo(JobRunStatus.FAILED);
        assertThat(run.error()).isEqualTo("no task is configured for job daily-forecast");
    }

    @Test
    void a_queued_manual_run_is_completed_in_place() {
        JobRunner runner =
                new JobRunner(List.of(task(JobName.TRAINING, d -> JobOutcome.succeeded(Map.of()))), runs, clock);
        long queued = runs.queue(JobName.TRAINING, clock.instant());

        JobRun run = runner.run(JobName.TRAINING, RunTrigger.MANUAL, clock.instant(), queued, "n2");

        assertThat(run.id()).isEqualTo(queued);
        assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
        assertThat(run.instance()).isEqualTo("n2");
        assertThat(runs.recent(Optional.empty(), 10)).hasSize(1);
    }

    private static JobTask task(JobName job, java.util.function.Function<LocalDate, JobOutcome> work) {
        return new JobTask() {
            @Override
            public JobName job() {
                return job;
            }

            @Override
            public JobOutcome execute(LocalDate businessDate) {
                return work.apply(businessDate);
            }
        };
    }

    /** The run history in a map, for tests of the runner alone. */
    private static final class InMemoryRuns implements JobRunRepository {
        private final Map<Long, JobRun> runs = new HashMap<>();
        private long next = 1;

        @Override
        public long queue(JobName job, Instant requestedAt) {
            long id = next++;
            runs.put(
                    id,
                    new JobRun(
                            id,
                            job,
                            RunTrigger.MANUAL,
                            requestedAt,
                            null,
                            null,
                            JobRunStatus.QUEUED,
                            Map.of(),
                            null,
                            null));
            return id;
        }

        @Override
        public long start(JobName job, RunTrigger trigger, Instant scheduledFor, Instant startedAt, String instance) {
            long id = next++;
            runs.put(
                    id,
                    new JobRun(
                            id,
                            job,
                            trigger,
                            scheduledFor,
                            startedAt,
                            null,
                            JobRunStatus.RUNNING,
                            Map.of(),
                            null,
                            instance));
            return id;
        }

        @Override
        public void markRunning(long id, Instant startedAt, String instance) {
            JobRun r = runs.get(id);
            runs.put(
                    id,
                    new JobRun(
                            id,
                            r.job(),
                            r.trigger(),
                            r.scheduledFor(),
                            startedAt,
                            null,
                            JobRunStatus.RUNNING,
                            Map.of(),
                            null,
                            instance));
        }

        @Override
        public void finish(
                long id, JobRunStatus status, Instant finishedAt, Map<String, Object> summary, String error) {
            JobRun r = runs.get(id);
            runs.put(
                    id,
                    new JobRun(
                            id,
                            r.job(),
                            r.trigger(),
                            r.scheduledFor(),
                            r.startedAt(),
                            finishedAt,
                            status,
                            summary,
                            error,
                            r.instance()));
        }

        @Override
        public List<JobRun> recent(Optional<JobName> job, int limit) {
            return runs.values().stream()
                    .filter(r -> job.map(j -> j == r.job()).orElse(true))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Optional<JobRun> find(long id) {
            return Optional.ofNullable(runs.get(id));
        }
    }
}
