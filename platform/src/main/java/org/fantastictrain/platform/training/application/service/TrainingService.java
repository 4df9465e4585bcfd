package org.fantastictrain.platform.training.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.ChampionModelQuery;
import org.fantastictrain.platform.registry.application.port.in.ChampionModelQuery.LoadedChampion;
import org.fantastictrain.platform.registry.application.port.in.RegisterModelUseCase;
import org.fantastictrain.platform.registry.application.port.in.RegisterModelUseCase.NewModelVersion;
import org.fantastictrain.platform.registry.application.port.in.RegisterModelUseCase.Registered;
import org.fantastictrain.platform.registry.domain.ModelStatus;
import org.fantastictrain.platform.training.application.port.in.TrainSeriesUseCase;
import org.fantastictrain.platform.training.application.port.in.TrainUseCase;
import org.fantastictrain.platform.training.application.port.in.TrainingOutcome;
import org.fantastictrain.platform.training.application.port.in.TrainingRunQuery;
import org.fantastictrain.platform.training.application.port.in.UnknownSeriesException;
import org.fantastictrain.platform.training.application.port.out.ForecasterCatalogPort;
import org.fantastictrain.platform.training.application.port.out.LoadObservationsPort;
import org.fantastictrain.platform.training.application.port.out.SeriesLockPort;
import org.fantastictrain.platform.training.application.port.out.TrainingRunPort;
import org.fantastictrain.platform.training.domain.Backtest;
import org.fantastictrain.platform.training.domain.CandidateReport;
import org.fantastictrain.platform.training.domain.CandidateSpec;
import org.fantastictrain.platform.training.domain.ChallengerReport;
import org.fantastictrain.platform.training.domain.ChampionEvidence;
import org.fantastictrain.platform.training.domain.ChampionGate;
import org.fantastictrain.platform.training.domain.ChampionReport;
import org.fantastictrain.platform.training.domain.Decision;
import org.fantastictrain.platform.training.domain.FailureKind;
import org.fantastictrain.platform.training.domain.FoldPlan;
import org.fantastictrain.platform.training.domain.GateDecision;
import org.fantastictrain.platform.training.domain.HorizonBucket;
import org.fantastictrain.platform.training.domain.RunStatus;
import org.fantastictrain.platform.training.domain.Scores;
import org.fantastictrain.platform.training.domain.TrainingFailure;
import org.fantastictrain.platform.training.domain.TrainingRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A training run: read the series, backtest the candidates on the newest folds, fit the best on
 * all the data, compare it with the champion on the same folds, register it (promoted or rejected).
 * A failing run registers nothing and is recorded FAILED with its reason.
 */
public class TrainingService implements TrainUseCase, TrainSeriesUseCase, TrainingRunQuery {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);

    private final LoadObservationsPort observations;
    private final TrainingRunPort runs;
    private final SeriesLockPort locks;
    private final ForecasterCatalogPort catalog;
    private final ChampionModelQuery champions;
    private final RegisterModelUseCase registry;
    private final TrainingSettings settings;
    private final Clock clock;

    public TrainingService(
            LoadObservationsPort observations,
            TrainingRunPort runs,
            SeriesLockPort locks,
            ForecasterCatalogPort catalog,
            ChampionModelQuery champions,
            RegisterModelUseCase registry,
            TrainingSettings settings,
            Clock clock) {
        this.observations = observations;
        this.runs = runs;
        this.locks = locks;
        this.catalog = catalog;
        this.champions = champions;
        this.registry = registry;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public TrainingOutcome train(SeriesId series, String trigger) {
        TrainingRun run = trainSeries(series.id(), trigger);
        Integer version = run.challenger() == null ? null : run.challenger().version();
        return new TrainingOutcome(
                run.id(), series, run.status().name(), run.decision().name(), version, run.reason());
    }

    @Override
    public List<TrainingRun> trainAll(List<String> series, String trigger) {
        if (series.size() <= 1 || settings.parallelism() == 1) {
            return series.stream().map(s -> trainSeries(s, trigger)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelism(), series.size()));
        try {
            List<Future<TrainingRun>> futures = new ArrayList<>();
            for (String s : series) {
                futures.add(pool.submit(() -> trainSeries(s, trigger)));
            }
            List<TrainingRun> out = new ArrayList<>();
            for (Future<TrainingRun> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public TrainingRun trainSeries(String series, String trigger) {
        if (!observations.seriesExists(series)) {
            throw new UnknownSeriesException(series);
        }
        long id = runs.start(series, trigger, clock.instant());
        TrainingRun started = TrainingRun.started(id, series, trigger, clock.instant());
        TrainingRun finished;
        Optional<SeriesLockPort.Held> lock;
        try {
            lock = locks.tryLock(series);
        } catch (RuntimeException e) {
            return finish(failed(started, FailureKind.ERROR, "could not take the training lock: " + e.getMessage()));
        }
        if (lock.isEmpty()) {
            return finish(failed(
                    started,
                    FailureKind.BUSY,
                    "another training of " + series
                            + " is running; this one was refused, try again when it has finished"));
        }
        try (SeriesLockPort.Held held = lock.get()) {
            finished = run(started);
        } catch (TrainingFailure e) {
            finished = failed(started, e.kind(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("training run {} of {} failed", id, series, e);
            finished = failed(started, FailureKind.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return finish(finished);
    }

    private TrainingRun finish(TrainingRun run) {
        runs.finish(run);
        return run;
    }

    private TrainingRun failed(TrainingRun r, FailureKind kind, String reason) {
        return new TrainingRun(
                r.id(),
                r.series(),
                r.trigger(),
                RunStatus.FAILED,
                Decision.FAILED,
                kind,
                reason,
                r.startedAt(),
                clock.instant(),
                r.dataStart(),
                r.dataEnd(),
                r.rows(),
                r.dataFingerprint(),
                r.metric(),
                r.folds(),
                r.candidates(),
                null,
                null,
                null);
    }

    private TrainingRun run(TrainingRun started) {
        String series = started.series();
        LocalDate today = LocalDate.now(clock);
        TimeSeries data = observations.load(series, today, settings.windowDays());
        if (data.size() == 0) {
            throw new TrainingFailure(
                    FailureKind.NO_DATA,
                    "no observations of " + series + " up to " + today
                            + "; run an initial load first (CLI `load initial` or POST /api/v1/loads)");
        }
        FoldPlan plan = FoldPlan.newest(data.end(), settings.folds(), settings.horizonDays(), settings.periodDays());
        int historyDays = data.upTo(plan.earliestCutoff()).size();
        if (historyDays < settings.minTrainingDays()) {
            long needed = settings.minTrainingDays()
                    + settings.horizonDays()
                    + (long) (settings.folds() - 1) * settings.periodDays();
            throw new TrainingFailure(
                    FailureKind.TOO_LITTLE_HISTORY,
                    String.format(
                            "too little history: %s has %d days (%s..%s); %d folds of %d days need at least %d days, "
                                    + "load more history or lower ft.training.min-training-days / ft.training.folds",
                            series,
                            data.size(),
                            data.start(),
                            data.end(),
                            settings.folds(),
                            settings.horizonDays(),
                            needed));
        }
        String fingerprint = fingerprint(data);
        List<HorizonBucket> buckets = HorizonBucket.standard(settings.horizonDays());
        ChampionGate gate = new ChampionGate(settings.gate());
        Backtester backtester = new Backtester(data, plan, settings.intervalWidth());

        // Candidates: the best on the folds becomes the challenger.
        Map<CandidateSpec, Backtest> backtests = new LinkedHashMap<>();
        List<CandidateReport> reports = new ArrayList<>();
        CandidateSpec best = null;
        double bestValue = Double.NaN;
        String lastError = null;
        for (CandidateSpec spec : settings.candidates()) {
            try {
                Backtest b = backtester.refit(catalog.forecaster(spec));
                double v = b.value(settings.gate().metric());
                backtests.put(spec, b);
                reports.add(new CandidateReport(spec, Double.isFinite(v) ? v : null, null));
                if (Double.isFinite(v) && (best == null || v < bestValue)) {
                    best = spec;
                    bestValue = v;
                }
            } catch (IllegalArgumentException e) {
                lastError = e.getMessage();
                reports.add(new CandidateReport(spec, null, e.getMessage()));
            }
        }
        if (best == null) {
            throw new TrainingFailure(
                    FailureKind.BAD_DATA,
                    "no candidate could be backtested on " + series + (lastError == null ? "" : ": " + lastError));
        }
        Backtest challengerBacktest = backtests.get(best);
        FittedModel model;
        try {
            model = catalog.forecaster(best).fit(data);
        } catch (IllegalArgumentException e) {
            throw new TrainingFailure(
                    FailureKind.BAD_DATA,
                    "the challenger " + best.label() + " cannot be fitted on " + series + ": " + e.getMessage());
        }
        CandidateSpec baselineSpec = catalog.baseline();
        Backtest baseline = backtests.containsKey(baselineSpec)
                ? backtests.get(baselineSpec)
                : backtester.refit(catalog.forecaster(baselineSpec));

        // The champion's side, on the same folds.
        Optional<LoadedChampion> current = champions.championOf(series);
        ChampionEvidence evidence = null;
        ChampionReport championReport = null;
        if (current.isPresent()) {
            LoadedChampion c = current.get();
            CandidateSpec championSpec =
                    toSpec(c.record().configuration(), c.record().algorithm());
            Backtest refit = backtests.get(championSpec); // same configuration, same folds: same forecasts
            if (refit == null) {
                try {
                    refit = backtester.refit(catalog.forecaster(championSpec));
                } catch (IllegalArgumentException e) {
                    refit = new Backtest(List.of());
                }
            }
            Backtest frozen = backtester.frozen(c.model(), c.model().trainingEnd());
            evidence = new ChampionEvidence(c.record().version(), c.model().trainingEnd(), refit, frozen);
            boolean frozenScored = frozen.points().size() >= settings.gate().minUnseenDays();
            championReport = new ChampionReport(
                    c.record().version(),
                    championSpec,
                    c.model().trainingEnd(),
                    refit.scores(buckets),
                    frozen.points().size(),
                    frozenScored ? frozen.scores(buckets) : null,
                    frozenScored
                            ? challengerBacktest.restrictedTo(frozen.keys()).scores(buckets)
                            : null);
        }
        GateDecision decision = gate.decide(challengerBacktest, baseline, evidence);

        Scores challengerScores = challengerBacktest.scores(buckets);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("gate_metric", settings.gate().metric().id());
        metrics.put("points", challengerScores.points());
        metrics.put("overall", challengerScores.overall());
        metrics.put("by_horizon", challengerScores.byHorizon());
        metrics.put(
                "folds",
                plan.folds().stream()
                        .map(f -> Map.of(
                                "cutoff", f.cutoff().toString(), "end", f.end().toString()))
                        .toList());
        Registered registered = registry.register(new NewModelVersion(
                series,
                started.id(),
                model,
                configMap(best),
                metrics,
                data.start(),
                data.end(),
                data.size(),
                fingerprint,
                decision.promote(),
                evidence == null ? null : evidence.version(),
                decision.reason()));
        boolean promoted = registered.status() == ModelStatus.CHAMPION;
        return new TrainingRun(
                started.id(),
                series,
                started.trigger(),
                RunStatus.SUCCEEDED,
                promoted ? Decision.PROMOTED : Decision.REJECTED,
                null,
                registered.reason(),
                started.startedAt(),
                clock.instant(),
                data.start(),
                data.end(),
                data.size(),
                fingerprint,
                settings.gate().metric().id(),
                plan,
                reports,
                new ChallengerReport(registered.version(), best, model.algorithm(), challengerScores),
                championReport,
                baseline.scores(buckets));
    }

    /** The configuration stored with a version, back as a spec. */
    static CandidateSpec toSpec(Map<String, Object> configuration, String fallbackAlgorithm) {
        if (configuration == null || !(configuration.get("algorithm") instanceof String algorithm)) {
            return CandidateSpec.of(fallbackAlgorithm);
        }
        Object params = configuration.get("parameters");
        Map<String, Object> p = new LinkedHashMap<>();
        if (params instanceof Map<?, ?> m) {
            m.forEach((k, v) -> p.put(String.valueOf(k), v));
        }
        return new CandidateSpec(algorithm, p);
    }

    static Map<String, Object> configMap(CandidateSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", spec.algorithm());
        m.put("parameters", spec.parameters());
        return m;
    }

    /** SHA-256 over the rows {@code yyyy-MM-dd,value\n}, oldest first: which rows a version saw. */
    static String fingerprint(TimeSeries data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder line = new StringBuilder(32);
            for (int i = 0; i < data.size(); i++) {
                line.setLength(0);
                line.append(data.ds(i)).append(',').append(data.y(i)).append('\n');
                sha.update(line.toString().getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public Optional<TrainingRun> run(long id) {
        return runs.find(id);
    }

    @Override
    public List<TrainingRun> runs(String series, int limit) {
        return runs.recent(series, limit);
    }
}
