package org.fantastictrain.platform.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fantastictrain.platform.ingest.adapter.out.source.BundledSource;
import org.fantastictrain.platform.ingest.application.port.in.GetLoadRunsQuery;
import org.fantastictrain.platform.ingest.application.port.in.LoadCommand;
import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.application.port.out.LastLoadedDayPort;
import org.fantastictrain.platform.ingest.application.service.DailyLoadService;
import org.fantastictrain.platform.ingest.domain.LoadCounts;
import org.fantastictrain.platform.ingest.domain.LoadKind;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.ingest.domain.LoadRunDetails;
import org.fantastictrain.platform.ingest.domain.LoadStatus;
import org.fantastictrain.platform.ingest.domain.Observation;
import org.fantastictrain.platform.ingest.domain.RejectedRow;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;
import org.fantastictrain.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class LoadDataTest extends PlatformTest {
    private static final LocalDate D1 = LocalDate.of(2023, 7, 1);
    private static final LocalDate D2 = LocalDate.of(2023, 7, 2);

    @Autowired
    LoadDataUseCase loads;

    @Autowired
    GetLoadRunsQuery runs;

    @Autowired
    LastLoadedDayPort lastLoaded;

    @Test
    void initial_load_stores_every_value_of_the_bundled_source_per_series() {
        LoadRun run = loads.load(LoadCommand.initial(null, null, "bundled"));

        SourceBatch expected = new BundledSource().fetch(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 6, 30));
        Map<String, Long> expectedPerSeries = expected.observations().stream()
                .collect(Collectors.groupingBy(o -> o.series().id(), Collectors.counting()));
        assertThat(run.status()).isEqualTo(LoadStatus.SUCCEEDED);
        assertThat(run.kind()).isEqualTo(LoadKind.INITIAL);
        assertThat(run.from()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(run.to()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(run.counts().inserted()).isEqualTo(expected.observations().size());
        assertThat(run.counts().missingValues()).isEqualTo(expected.missingValues());
        assertThat(expectedPerSeries)
                .containsOnlyKeys("corrib_production", "moffat", "roi_imports_via_interconnector", "total");
        expectedPerSeries.forEach(
                (series, n) -> assertThat(count("select count(*) from observation where series_id = ?", series))
                        .as(series)
                        .isEqualTo(n));
        assertThat(count("select count(*) from observation where ds < '2018-01-01' or ds > '2023-06-30'"))
                .isZero();
        assertThat(lastLoaded.lastLoadedDay()).contains(LocalDate.of(2023, 6, 30));
    }

    @Test
    void rerunning_a_load_reports_all_unchanged_and_leaves_the_data_identical() {
        LoadRun first =
                loads.load(LoadCommand.incremental(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31), "bundled"));
        List<Map<String, Object>> before = snapshot();

        LoadRun second =
                loads.load(LoadCommand.incremental(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31), "bundled"));

        assertThat(first.counts().inserted()).isPositive();
        assertThat(second.status()).isEqualTo(LoadStatus.SUCCEEDED);
        assertThat(second.counts())
                .isEqualTo(new LoadCounts(
                        0,
                        0,
                        first.counts().inserted(),
                        first.counts().rejected(),
                        first.counts().missingValues()));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(count("select count(*) from observation_history")).isZero();
    }

    @Test
    void a_revised_value_is_updated_and_the_old_value_stays_in_the_history() {
        String original = sources.fixed(
                "original", List.of(obs(SeriesId.MOFFAT, D1, 10.5), obs(SeriesId.TOTAL, D1, 99)), List.of(), 0);
        String revised = sources.fixed(
                "revised",
                List.of(obs(SeriesId.MOFFAT, D1, 12.25), obs(SeriesId.TOTAL, D1, 99), obs(SeriesId.MOFFAT, D2, 7)),
                List.of(),
                0);
        loads.load(LoadCommand.incremental(D1, D2, original));

        LoadRun run = loads.load(LoadCommand.incremental(D1, D2, revised));

        assertThat(run.counts()).isEqualTo(new LoadCounts(1, 1, 1, 0, 0));
        assertThat(jdbc.queryForObject(
                        "select value from observation where series_id = 'moffat' and ds = ?", Double.class, D1))
                .isEqualTo(12.25);
        Map<String, Object> history = jdbc.queryForMap("select * from observation_history");
        assertThat(history)
                .containsEntry("series_id", "moffat")
                .containsEntry("old_value", 10.5)
                .containsEntry("new_value", 12.25)
                .containsEntry("load_run_id", run.id());
        assertThat(jdbc.queryForObject(
                        "select load_run_id from observation where series_id = 'moffat' and ds = ?", Long.class, D1))
                .isEqualTo(run.id());
    }

    @Test
    void rejected_rows_are_kept_with_their_reason_and_the_rest_loads() {
        RejectedRow bad = new RejectedRow(
                "element 3", D2, SeriesId.MOFFAT, "{\"Moffat\": -3.2}", "negative value -3.2 for Moffat");
        RejectedRow unreadable = new RejectedRow("element 4", null, null, "{\"Date\": \"32/13/2023\"}", "bad date");
        String spec = sources.fixed("quarantine", List.of(obs(SeriesId.TOTAL, D1, 100)), List.of(bad, unreadable), 2);

        LoadRun run = loads.load(LoadCommand.incremental(D1, D2, spec));

        assertThat(run.counts()).isEqualTo(new LoadCounts(1, 0, 0, 2, 2));
        LoadRunDetails details = runs.byId(run.id()).orElseThrow();
        assertThat(details.rejectedRows()).containsExactly(bad, unreadable);
    }

    @Test
    void bad_rows_of_a_file_are_quarantined(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("supply.json");
        Files.writeString(file, """
                [{"Date": "01/07/2023", "Corrib production": 50.5, "Moffat": 120.0, "ROI imports via interconnector": "", "Total": 170.5},
                 {"Date": "02/07/2023", "Corrib production": -4, "Moffat": "lots", "ROI imports via interconnector": null, "Total": 10},
                 {"Date": "2023-07-03", "Corrib production": 1, "Moffat": 1, "ROI imports via interconnector": 1, "Total": 3},
                 {"Date": "09/09/2023", "Corrib production": 1, "Moffat": 1, "ROI imports via interconnector": 1, "Total": 3}]
                """);

        LoadRun run = loads.load(LoadCommand.incremental(D1, LocalDate.of(2023, 7, 5), "file:" + file));

        assertThat(run.status()).isEqualTo(LoadStatus.SUCCEEDED);
        assertThat(run.counts().inserted()).isGreaterThanOrEqualTo(3);
        assertThat(run.counts().rejected()).isGreaterThanOrEqualTo(3);
        List<RejectedRow> rejected = runs.byId(run.id()).orElseThrow().rejectedRows();
        assertThat(rejected).hasSize(run.counts().rejected());
        assertThat(rejected).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(count("select count(*) from rejected_row where load_run_id = ?", run.id()))
                .isEqualTo(run.counts().rejected());
        assertThat(count("select count(*) from observation where ds = '2023-09-09'"))
                .isZero();
    }

    @Test
    void an_unavailable_source_fails_the_run_and_changes_no_data() {
        loads.load(LoadCommand.incremental(
                D1, D1, sources.fixed("seed", List.of(obs(SeriesId.TOTAL, D1, 1)), List.of(), 0)));
        List<Map<String, Object>> before = snapshot();
        String broken = sources.register("broken", (from, to) -> {
            throw new SourceUnavailableException("connection refused by gni.example");
        });

        LoadRun run = loads.load(LoadCommand.incremental(D1, D2, broken));

        assertThat(run.status()).isEqualTo(LoadStatus.FAILED);
        assertThat(run.error()).contains("connection refused by gni.example");
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.counts()).isEqualTo(LoadCounts.NONE);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_database_error_midway_rolls_back_everything_of_the_load() {
        loads.load(LoadCommand.incremental(
                D1, D1, sources.fixed("seed2", List.of(obs(SeriesId.TOTAL, D1, 1)), List.of(), 0)));
        List<Map<String, Object>> before = snapshot();
        // PostgreSQL text cannot hold NUL: storing this rejected row fails after the observations were written.
        RejectedRow poison = new RejectedRow("line 2", D2, null, "bad\u0000row", "unreadable");
        String spec = sources.fixed(
                "poison", List.of(obs(SeriesId.TOTAL, D1, 2), obs(SeriesId.MOFFAT, D2, 3)), List.of(poison), 0);

        LoadRun run = loads.load(LoadCommand.incremental(D1, D2, spec));

        assertThat(run.status()).isEqualTo(LoadStatus.FAILED);
        assertThat(run.error()).isNotBlank();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(count("select count(*) from observation_history")).isZero();
        assertThat(count("select count(*) from rejected_row")).isZero();
    }

    @Test
    void an_unknown_source_is_refused_before_a_run_is_recorded() {
        assertThatThrownBy(() -> loads.load(LoadCommand.incremental(D1, D2, "ftp://x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown source");
        assertThat(count("select count(*) from load_run")).isZero();
    }

    @Test
    void the_daily_load_continues_after_the_last_loaded_day_up_to_yesterday() {
        loads.load(LoadCommand.incremental(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 30), "bundled"));
        Clock july5 = Clock.fixed(
                ZonedDateTime.of(2023, 7, 5, 0, 30, 0, 0, ZoneId.of("Europe/Dublin"))
                        .toInstant(),
                ZoneId.of("Europe/Dublin"));
        DailyLoadService daily = new DailyLoadService(loads, lastLoaded, sources, "bundled", july5);

        LoadRun run = daily.runDailyLoad().orElseThrow();

        assertThat(run.kind()).isEqualTo(LoadKind.DAILY);
        assertThat(run.from()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(run.to()).isEqualTo(LocalDate.of(2023, 7, 4));
        assertThat(run.status()).isEqualTo(LoadStatus.SUCCEEDED);
        assertThat(daily.runDailyLoad()).isEmpty();
        assertThat(count("select count(*) from load_run")).isEqualTo(2);
    }

    @Test
    void the_daily_load_stops_at_the_last_day_the_source_has() {
        loads.load(LoadCommand.incremental(LocalDate.of(2024, 6, 25), LocalDate.of(2024, 6, 28), "bundled"));
        Clock later = Clock.fixed(
                ZonedDateTime.of(2025, 1, 10, 0, 0, 0, 0, ZoneId.of("Europe/Dublin"))
                        .toInstant(),
                ZoneId.of("Europe/Dublin"));
        DailyLoadService daily = new DailyLoadService(loads, lastLoaded, sources, "bundled", later);

        LoadRun run = daily.runDailyLoad().orElseThrow();

        assertThat(run.from()).isEqualTo(LocalDate.of(2024, 6, 29));
        assertThat(run.to()).isEqualTo(BundledSource.LAST_DAY);
    }

    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.queryForList(
                "select series_id, ds, value, load_run_id, updated_at from observation order by series_id, ds"));
        rows.addAll(jdbc.queryForList("select * from observation_history order by id"));
        rows.addAll(jdbc.queryForList("select series_id, ds from rejected_row order by id"));
        return rows;
    }

    private static Observation obs(SeriesId series, LocalDate ds, double value) {
        return new Observation(series, ds, value);
    }
}
