package org.fantastictrain.platform.training.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.platform.registry.application.port.in.ChampionModelQuery;
import org.fantastictrain.platform.registry.application.port.in.ModelRegistryQuery;
import org.fantastictrain.platform.registry.application.port.in.MoveChampionUseCase;
import org.fantastictrain.platform.registry.domain.AliasMove;
import org.fantastictrain.platform.registry.domain.ModelStatus;
import org.fantastictrain.platform.registry.domain.ModelVersion;
import org.fantastictrain.platform.support.PlatformTest;
import org.fantastictrain.platform.training.TrainingFixture;
import org.fantastictrain.platform.training.application.port.in.TrainSeriesUseCase;
import org.fantastictrain.platform.training.application.port.out.ForecasterCatalogPort;
import org.fantastictrain.platform.training.application.port.out.LoadObservationsPort;
import org.fantastictrain.platform.training.application.port.out.SeriesLockPort;
import org.fantastictrain.platform.training.application.service.TrainingSettings;
import org.fantastictrain.platform.training.domain.CandidateSpec;
import org.fantastictrain.platform.training.domain.Decision;
import org.fantastictrain.platform.training.domain.FailureKind;
import org.fantastictrain.platform.training.domain.RunStatus;
import org.fantastictrain.platform.training.domain.TrainingRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrainingPipelineTest extends PlatformTest {
    private static final LocalDate END = LocalDate.of(2023, 6, 30);

    @Autowired
    TrainSeriesUseCase training;

    @Autowired
    ModelRegistryQuery registry;

    @Autowired
    MoveChampionUseCase aliases;

    @Autowired
    ChampionModelQuery champions;

    @Autowired
    SeriesLockPort locks;

    @Autowired
    ForecasterCatalogPort catalog;

    @Autowired
    LoadObservationsPort observations;

    @Autowired
    TrainingSettings settings;

    TrainingFixture data;
    String series;

    @BeforeEach
    void newSeries() {
        data = new TrainingFixture(jdbc);
        series = data.newSeries();
    }

    @Test
    void first_training_promotes_version_1_with_its_provenance() {
        data.insert(series, TrainingFixture.START, END, 0);

        TrainingRun run = training.trainSeries(series, "test");

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.decision()).as(run.reason()).isEqualTo(Decision.PROMOTED);
        assertThat(run.reason()).contains("no champion yet").contains("beats seasonal naive");
        assertThat(run.challenger().version()).isEqualTo(1);
        assertThat(run.champion()).isNull();
        assertThat(run.baseline().points())
                .isEqualTo(run.challenger().scores().points())
                .isEqualTo(90);
        assertThat(run.folds().folds()).hasSize(3);
        assertThat(run.folds().folds().get(0).end()).isEqualTo(END);
        assertThat(run.challenger().scores().byHorizon()).containsOnlyKeys("1-7", "8-14", "15-30");

        assertThat(registry.championVersion(series)).contains(1);
        ModelVersion v1 = registry.version(series, 1).orElseThrow();
        assertThat(v1.status()).isEqualTo(ModelStatus.CHAMPION);
        assertThat(v1.trainingStart()).isEqualTo(TrainingFixture.START);
        assertThat(v1.trainingEnd()).isEqualTo(END);
        assertThat(v1.dataFingerprint()).hasSize(64).isEqualTo(run.dataFingerprint());
        assertThat(v1.codeVersion()).isNotBlank();
        assertThat(v1.trainingRunId()).isEqualTo(run.id());
        assertThat(v1.promotedAt()).isNotNull();
        assertThat(v1.artifact()).contains("format_version");
        List<AliasMove> history = registry.aliasHistory(series);
        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.fromVersion()).isNull();
            assertThat(m.toVersion()).isEqualTo(1);
            assertThat(m.movedBy()).isEqualTo("training");
            assertThat(m.trainingRunId()).isEqualTo(run.id());
        });
    }

    @Test
    void retraining_on_the_same_data_is_rejected_and_leaves_the_champion() {
        data.insert(series, TrainingFixture.START, END, 0);
        training.trainSeries(series, "test");

        TrainingRun second = training.trainSeries(series, "test");

        assertThat(second.decision()).as(second.reason()).isEqualTo(Decision.REJECTED);
        assertThat(second.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(second.challenger().version()).isEqualTo(2);
        assertThat(second.champion().version()).isEqualTo(1);
        assertThat(second.champion().refit().overall()).containsKey("rmse");
        assertThat(second.champion().frozen()).isNull();
        assertThat(second.reason()).contains("does not beat champion v1");
        assertThat(registry.championVersion(series)).contains(1);
        assertThat(registry.version(series, 2).orElseThrow().status()).isEqualTo(ModelStatus.REJECTED);
        assertThat(registry.version(series, 2).orElseThrow().metrics()).containsKey("overall");
        assertThat(registry.aliasHistory(series)).hasSize(1);
    }

    @Test
    void retraining_after_a_level_shift_in_new_data_promotes() {
        data.insert(series, TrainingFixture.START, LocalDate.of(2023, 2, 28), 0);
        TrainingRun first = training.trainSeries(series, "test");
        assertThat(first.decision()).isEqualTo(Decision.PROMOTED);
        data.insert(series, LocalDate.of(2023, 3, 1), END, 35);

        TrainingRun second = training.trainSeries(series, "test");

        assertThat(second.decision()).as(second.reason()).isEqualTo(Decision.PROMOTED);
        assertThat(second.champion().version()).isEqualTo(1);
        assertThat(second.champion().trainingEnd()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(second.champion().unseenDays()).isEqualTo(90);
        assertThat(second.champion().frozen().value(org.fantastictrain.platform.training.domain.Metric.RMSE))
                .isGreaterThan(second.champion()
                        .challengerOnUnseen()
                        .value(org.fantastictrain.platform.training.domain.Metric.RMSE));
        assertThat(registry.championVersion(series)).contains(2);
        assertThat(registry.version(series, 1).orElseThrow().status()).isEqualTo(ModelStatus.PREVIOUS_CHAMPION);
        assertThat(registry.aliasHistory(series).get(0).fromVersion()).isEqualTo(1);
        assertThat(registry.aliasHistory(series).get(0).toVersion()).isEqualTo(2);
    }

    @Test
    void manual_rollback_moves_the_alias_with_a_history_row() {
        data.insert(series, TrainingFixture.START, LocalDate.of(2023, 2, 28), 0);
        training.trainSeries(series, "test");
        data.insert(series, LocalDate.of(2023, 3, 1), END, 35);
        training.trainSeries(series, "test");

        AliasMove move = aliases.moveChampion(series, 1, "api", "rollback after an incident");

        assertThat(move.fromVersion()).isEqualTo(2);
        assertThat(move.toVersion()).isEqualTo(1);
        assertThat(registry.championVersion(series)).contains(1);
        assertThat(champions.championOf(series).orElseThrow().record().version())
                .isEqualTo(1);
        assertThat(registry.version(series, 1).orElseThrow().status()).isEqualTo(ModelStatus.CHAMPION);
        assertThat(registry.version(series, 2).orElseThrow().status()).isEqualTo(ModelStatus.PREVIOUS_CHAMPION);
        List<AliasMove> history = registry.aliasHistory(series);
        assertThat(history).hasSize(3);
        assertThat(history.get(0).movedBy()).isEqualTo("api");
        assertThat(history.get(0).reason()).isEqualTo("rollback after an incident");
        assertThat(history.get(0).trainingRunId()).isNull();
    }

    @Test
    void a_training_with_too_little_history_fails_and_changes_nothing_in_the_registry() {
        data.insert(series, LocalDate.of(2023, 1, 1), END, 0);

        TrainingRun run = training.trainSeries(series, "test");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.decision()).isEqualTo(Decision.FAILED);
        assertThat(run.failureKind()).isEqualTo(FailureKind.TOO_LITTLE_HISTORY);
        assertThat(run.reason()).contains("too little history");
        assertThat(registry.versions(series)).isEmpty();
        assertThat(registry.championVersion(series)).isEmpty();
        assertThat(registry.aliasHistory(series)).isEmpty();
        TrainingRun recorded = training.trainSeries(series, "test");
        assertThat(data.count("select count(*) from training_run where series_id = ? and status = 'FAILED'", series))
                .isEqualTo(2);
        assertThat(recorded.failureKind()).isEqualTo(FailureKind.TOO_LITTLE_HISTORY);
    }

    @Test
    void a_failed_retraining_leaves_the_champion_and_versions_as_they_were() {
        data.insert(series, TrainingFixture.START, END, 0);
        training.trainSeries(series, "test");
        jdbc.update("delete from observation where series_id = ?", series);

        TrainingRun run = training.trainSeries(series, "test");

        assertThat(run.failureKind()).isEqualTo(FailureKind.NO_DATA);
        assertThat(run.reason()).contains("load");
        assertThat(registry.versions(series)).hasSize(1);
        assertThat(registry.championVersion(series)).contains(1);
    }

    @Test
    void the_champion_loaded_back_from_the_registry_forecasts_identically() {
        data.insert(series, TrainingFixture.START, END, 0);
        TrainingRun run = training.trainSeries(series, "test");
        TimeSeries history = observations.load(series, END, 0);
        CandidateSpec spec = run.challenger().configuration();
        FittedModel fresh = catalog.forecaster(spec).fit(history);

        FittedModel loaded = champions.championOf(series).orElseThrow().model();

        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = END.minusDays(30); !d.isAfter(END.plusDays(366)); d = d.plusDays(1)) {
            days.add(d);
        }
        Forecast a = fresh.predict(days, 0.8);
        Forecast b = loaded.predict(days, 0.8);
        assertThat(loaded.algorithm()).isEqualTo(fresh.algorithm());
        assertThat(loaded.trainingEnd()).isEqualTo(END);
        assertThat(b.yhat()).containsExactly(a.yhat());
        assertThat(b.yhatLower()).containsExactly(a.yhatLower());
        assertThat(b.yhatUpper()).containsExactly(a.yhatUpper());
    }

    @Test
    void a_second_training_of_the_same_series_is_refused_while_one_runs() {
        data.insert(series, TrainingFixture.START, END, 0);
        Optional<SeriesLockPort.Held> running = locks.tryLock(series);
        assertThat(running).isPresent();
        try {
            TrainingRun refused = training.trainSeries(series, "test");

            assertThat(refused.status()).isEqualTo(RunStatus.FAILED);
            assertThat(refused.failureKind()).isEqualTo(FailureKind.BUSY);
            assertThat(refused.reason()).contains("another training of " + series + " is running");
            assertThat(registry.versions(series)).isEmpty();
        } finally {
            running.get().close();
        }
        assertThat(training.trainSeries(series, "test").decision()).isEqualTo(Decision.PROMOTED);
    }

    @Test
    void two_concurrent_trainings_of_one_series_never_overlap() throws Exception {
        data.insert(series, TrainingFixture.START, END, 0);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<TrainingRun>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return training.trainSeries(series, "test");
                }));
            }
            start.countDown();
            List<TrainingRun> runs = new ArrayList<>();
            for (var f : futures) {
                runs.add(f.get());
            }

            List<TrainingRun> completed =
                    runs.stream().filter(r -> r.status() == RunStatus.SUCCEEDED).toList();
            assertThat(completed).isNotEmpty();
            assertThat(registry.versions(series)).hasSize(completed.size());
            assertThat(runs.stream().filter(r -> r.status() == RunStatus.FAILED))
                    .allSatisfy(r -> assertThat(r.failureKind()).isEqualTo(FailureKind.BUSY));
            if (completed.size() == 2) {
                // Serialised: the later one was gated against the earlier one's champion.
                assertThat(completed)
                        .anySatisfy(r -> assertThat(r.champion().version()).isEqualTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_training_window_keeps_only_the_newest_days() {
        data.insert(series, TrainingFixture.START, END, 0);

        TimeSeries window = observations.load(series, END, 400);
        TimeSeries upTo = observations.load(series, LocalDate.of(2022, 12, 31), 0);

        assertThat(window.size()).isEqualTo(400);
        assertThat(window.end()).isEqualTo(END);
        assertThat(window.start()).isEqualTo(END.minusDays(399));
        assertThat(upTo.end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(upTo.start()).isEqualTo(TrainingFixture.START);
    }

    @Test
    void trainings_of_different_series_run_independently() {
        String other = data.newSeries();
        data.insert(series, TrainingFixture.START, END, 0);
        Optional<SeriesLockPort.Held> running = locks.tryLock(other);
        try {
            assertThat(training.trainSeries(series, "test").decision()).isEqualTo(Decision.PROMOTED);
        } finally {
            running.orElseThrow().close();
        }
    }
}
