package org.fantastictrain.platform.replay.application;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fantastictrain.platform.ingest.application.port.in.LoadCommand;
import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.application.port.out.SourceResolver;
import org.fantastictrain.platform.ingest.domain.InitialLoadRange;
import org.fantastictrain.platform.ingest.domain.LoadKind;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.replay.application.port.in.PreparedReplay;
import org.fantastictrain.platform.replay.application.port.in.ReplayCommand;
import org.fantastictrain.platform.replay.application.port.in.ReplayProgress;
import org.fantastictrain.platform.replay.application.port.in.ReplayQuery;
import org.fantastictrain.platform.replay.application.port.in.ReplayUseCase;
import org.fantastictrain.platform.replay.application.port.out.ReplayReportPort;
import org.fantastictrain.platform.replay.application.port.out.ReplayRunStore;
import org.fantastictrain.platform.replay.application.port.out.ReplayStatePort;
import org.fantastictrain.platform.replay.application.port.out.SchedulerPausePort;
import org.fantastictrain.platform.replay.domain.JobCalendar;
import org.fantastictrain.platform.replay.domain.ReplayCounts;
import org.fantastictrain.platform.replay.domain.ReplayRefusedException;
import org.fantastictrain.platform.replay.domain.ReplayRun;
import org.fantastictrain.platform.replay.domain.ReplayStatus;
import org.fantastictrain.platform.scheduling.application.port.in.RunJobUseCase;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRun;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.fantastictrain.platform.system.clock.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the jobs day by day on the pinned business clock. Each day D: the clock is pinned to each
 * job's cron firing time on D, in time order (ties: load, training, forecast), and the job runs
 * through the same {@link RunJobUseCase} as a scheduler firing, recorded with trigger
 * {@code replay}. The training job runs on the days its cron fires, and on the first replayed day
 * if a replayed series has no champion yet.
 */
public class ReplayService implements ReplayUseCase, ReplayQuery {
    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);
    /** Days of history the initial load must leave before the first replayed day for a training. */
    private static final int MIN_HISTORY_DAYS = 400;

    private final RunJobUseCase jobs;
    private final LoadDataUseCase loads;
    private final SourceResolver sources;
    private final BusinessClock clock;
    private final ReplayRunStore store;
    private final ReplayStatePort state;
    private final ReplayReportPort reports;
    private final SchedulerPausePort scheduler;
    private final ReplaySettings settings;
    private final AtomicBoolean active = new AtomicBoolean();
    private volatile boolean stopRequested;

    public ReplayService(
            RunJobUseCase jobs,
            LoadDataUseCase loads,
            SourceResolver sources,
            BusinessClock clock,
            ReplayRunStore store,
            ReplayStatePort state,
            ReplayReportPort reports,
            SchedulerPausePort scheduler,
            ReplaySettings settings) {
        this.jobs = jobs;
        this.loads = loads;
        this.sources = sources;
        this.clock = clock;
        this.store = store;
        this.state = state;
        this.reports = reports;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /** The series a command replays. */
    public static List<String> scope(String series) {
        if ("all".equals(series)) {
            return Arrays.stream(SeriesId.values()).map(SeriesId::id).toList();
        }
        if (SeriesId.fromId(series).isEmpty()) {
            throw new ReplayRefusedException("unknown series '" + series + "', expected one of "
                    + String.join(
                            ", ",
                            Arrays.stream(SeriesId.values()).map(SeriesId::id).toList()) + " or all");
        }
        return List.of(series);
    }

    @Override
    public PreparedReplay prepare(ReplayCommand c) {
        List<String> scope = scope(c.series());
        if (c.from().isAfter(c.to())) {
            throw new ReplayRefusedException("--from " + c.from() + " is after --to " + c.to());
        }
        Optional<LocalDate> available = sources.resolve(settings.sourceSpec()).lastAvailableDay();
        if (available.isPresent() && c.to().isAfter(available.get())) {
            throw new ReplayRefusedException(
                    "the source '" + settings.sourceSpec() + "' has data up to " + available.get()
                            + " only; a replay can run up to that day (asked: " + c.from() + ".." + c.to() + ")");
        }
        LocalDate earliest = InitialLoadRange.FROM.plusDays(MIN_HISTORY_DAYS);
        if (c.from().isBefore(earliest)) {
            throw new ReplayRefusedException(
                    "the source starts on " + InitialLoadRange.FROM + "; a replay needs a year of"
                            + " history before its first day for the first training, so it can start on " + earliest
                            + " at the earliest");
        }
        if (!active.compareAndSet(false, true)) {
            throw new ReplayRefusedException("a replay is already running in this instance; wait for it or stop it");
        }
        try {
            stopRequested = false;
            Map<String, Long> deleted = Map.of();
            if (c.reset()) {
                deleted = state.reset();
                log.info("Replay reset: deleted {}", deleted);
            } else {
                Optional<ReplayRun> unfinished = store.unfinished(c.from(), c.to(), c.series());
                if (unfinished.isPresent() && unfinished.get().nextDay() != null) {
                    ReplayRun run = store.restart(unfinished.get().id());
                    log.info("Replay {}: resuming {}..{} at {}", run.id(), run.from(), run.to(), run.nextDay());
                    return new PreparedReplay(run, true, deleted, c);
                }
                Optional<LocalDate> last = state.lastLoadedDay();
                if (last.isPresent() && !last.get().isBefore(c.from())) {
                    throw new ReplayRefusedException(
                            "the database already holds data up to " + last.get() + ", on or after"
                                    + " the first replayed day " + c.from()
                                    + ", so the replay would see its future; start after "
                                    + last.get() + ", or add --reset to delete the platform's data first ("
                                    + String.join(", ", state.resettableRows().keySet())
                                    + ") and replay from a fresh database");
                }
            }
            ReplayRun run = store.create(c.from(), c.to(), c.series(), clock.instant());
            return new PreparedReplay(run, false, deleted, c);
        } catch (RuntimeException e) {
            active.set(false);
            throw e;
        }
    }

    @Override
    public void requestStop() {
        stopRequested = true;
    }

    @Override
    public ReplayRun run(PreparedReplay prepared, ReplayProgress progress) {
        ReplayRun run = prepared.run();
        List<String> scope = scope(run.series());
        Set<SeriesId> seriesIds = EnumSet.noneOf(SeriesId.class);
        scope.forEach(s -> seriesIds.add(SeriesId.fromId(s).orElseThrow()));
        boolean paused = scheduler.pause();
        ReplayCounts counts = run.counts();
        LocalDate day = run.nextDay();
        try {
            if (day != null && state.lastLoadedDay().isEmpty()) {
                initialLoad(day);
            }
            boolean first = true;
            while (day != null && !day.isAfter(run.to())) {
                if (stopRequested) {
                    break;
                }
                boolean needsChampion = first && scope.stream().anyMatch(s -> !state.hasChampion(s));
                counts = counts.plus(replayDay(run.id(), day, seriesIds, needsChampion));
                store.progress(run.id(), day, counts);
                run = store.find(run.id()).orElseThrow();
                progress.dayDone(run);
                first = false;
                day = day.plusDays(1);
            }
            boolean done = day == null || day.isAfter(run.to());
            ReplayStatus status = done ? ReplayStatus.SUCCEEDED : ReplayStatus.STOPPED;
            clock.release();
            // The report is written before the run row is closed: it shows the outcome being recorded.
            ReplayRun outcome = new ReplayRun(
                    run.id(),
                    run.from(),
                    run.to(),
                    run.series(),
                    status,
                    run.currentDay(),
                    counts,
                    null,
                    run.summary(),
                    run.startedAt(),
                    run.finishedAt());
            Map<String, Object> summary =
                    reports.report(outcome, scope, prepared.command().reportDir());
            store.finish(run.id(), status, counts, null, summary, clock.instant());
            log.info("Replay {}: {} at {} ({} days)", run.id(), status, run.currentDay(), counts.days());
            return store.find(run.id()).orElseThrow();
        } catch (RuntimeException e) {
            log.warn("Replay {} failed on {}", run.id(), day, e);
            clock.release();
            store.finish(
                    run.id(),
                    ReplayStatus.FAILED,
                    counts,
                    "on " + day + ": " + e.getMessage(),
                    Map.of(),
                    clock.instant());
            throw e;
        } finally {
            clock.release();
            if (paused) {
                scheduler.resume();
            }
            active.set(false);
        }
    }

    private void initialLoad(LocalDate firstDay) {
        LocalDate to = firstDay.minusDays(2);
        clock.pin(firstDay.minusDays(1), java.time.LocalTime.of(23, 0));
        log.info("Replay: empty database, initial load {}..{} first", InitialLoadRange.FROM, to);
        LoadRun r = loads.load(new LoadCommand(InitialLoadRange.FROM, to, settings.sourceSpec(), LoadKind.INITIAL));
        if (!r.succeeded()) {
            throw new IllegalStateException("the initial load failed: " + r.error());
        }
    }

    private record Firing(JobName job, ZonedDateTime at) {}

    private ReplayCounts replayDay(long replayId, LocalDate day, Set<SeriesId> series, boolean needsChampion) {
        List<Firing> firings = new ArrayList<>();
        addFiring(firings, JobName.DAILY_LOAD, settings.dailyLoad(), day);
        Optional<ZonedDateTime> training = settings.training().firstFiringOn(day);
        if (training.isPresent()) {
            firings.add(new Firing(JobName.TRAINING, training.get()));
        } else if (needsChampion) {
            // A first training, right after the day's load, so the day's forecast has a champion.
            ZonedDateTime load = firings.isEmpty()
                    ? day.atStartOfDay(clock.getZone())
                    : firings.get(0).at();
            firings.add(new Firing(JobName.TRAINING, load));
        }
        addFiring(firings, JobName.DAILY_FORECAST, settings.dailyForecast(), day);
        // Same minute: load, then training, then forecast (the enum order).
        firings.sort(Comparator.comparing(Firing::at).thenComparing(f -> f.job().ordinal()));
        int loadsDone = 0;
        long rows = 0;
        int trainings = 0;
        int promotions = 0;
        int rejections = 0;
        int alarms = 0;
        for (Firing f : firings) {
            clock.pin(f.at().toInstant());
            JobRun r = jobs.run(f.job(), RunTrigger.REPLAY, f.at().toInstant(), "replay-" + replayId, series);
            Map<String, Object> s = r.summary();
            switch (f.job()) {
                case DAILY_LOAD -> {
                    if (s.get("load_run") != null) {
                        loadsDone++;
                        rows += number(s.get("inserted")) + number(s.get("updated"));
                    }
                }
                case TRAINING -> {
                    if (s.get("series") instanceof Map<?, ?> perSeries) {
                        for (Object line : perSeries.values()) {
                            if (line instanceof Map<?, ?> l && l.get("run_id") != null) {
                                trainings++;
                                if ("PROMOTED".equals(l.get("decision"))) {
                                    promotions++;
                                } else if ("REJECTED".equals(l.get("decision"))) {
                                    rejections++;
                                }
                            }
                        }
                    }
                }
                case DAILY_FORECAST -> {
                    if (s.get("control") instanceof Map<?, ?> control
                            && control.get("fired") instanceof List<?> fired) {
                        alarms += fired.size();
                    }
                }
            }
            if (r.error() != null) {
                log.warn("Replay {}: {} on {} failed: {}", replayId, f.job().id(), day, r.error());
            }
        }
        return new ReplayCounts(1, loadsDone, rows, trainings, promotions, rejections, alarms);
    }

    private static void addFiring(List<Firing> firings, JobName job, JobCalendar calendar, LocalDate day) {
        calendar.firstFiringOn(day).ifPresent(at -> firings.add(new Firing(job, at)));
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public Optional<ReplayRun> replay(long id) {
        return store.find(id);
    }

    @Override
    public List<ReplayRun> replays(int limit) {
        return store.recent(limit);
    }

    /** The summary of a run's counts for progress lines and answers. */
    public static Map<String, Object> counts(ReplayRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("days", run.counts().days());
        m.put("loads", run.counts().loads());
        m.put("rows_loaded", run.counts().rowsLoaded());
        m.put("trainings", run.counts().trainings());
        m.put("promotions", run.counts().promotions());
        m.put("rejections", run.counts().rejections());
        m.put("alarms", run.counts().alarms());
        return m;
    }
}
