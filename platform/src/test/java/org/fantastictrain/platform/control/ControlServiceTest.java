package org.fantastictrain.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fantastictrain.platform.control.adapter.out.persistence.JdbcActuals;
import org.fantastictrain.platform.control.adapter.out.training.TrainingRetrain;
import org.fantastictrain.platform.control.application.ControlService;
import org.fantastictrain.platform.control.application.ControlSettings;
import org.fantastictrain.platform.control.application.port.in.ControlResult;
import org.fantastictrain.platform.control.application.port.in.DeliveryRound;
import org.fantastictrain.platform.control.application.port.in.RefreshEvaluationsUseCase;
import org.fantastictrain.platform.control.application.port.in.RunControlUseCase;
import org.fantastictrain.platform.control.application.port.out.AlarmStore;
import org.fantastictrain.platform.control.application.port.out.ChampionReferencePort;
import org.fantastictrain.platform.control.application.port.out.ControlRunStore;
import org.fantastictrain.platform.control.application.port.out.EvaluationStore;
import org.fantastictrain.platform.control.domain.Alarm;
import org.fantastictrain.platform.control.domain.Check;
import org.fantastictrain.platform.control.domain.Criterion;
import org.fantastictrain.platform.control.domain.Verdict;
import org.fantastictrain.platform.control.support.Alertmanager;
import org.fantastictrain.platform.control.support.ControlFixture;
import org.fantastictrain.platform.control.support.WebhookReceiver;
import org.fantastictrain.platform.ingest.application.port.in.LoadCommand;
import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.domain.LoadKind;
import org.fantastictrain.platform.scheduling.FakeTraining;
import org.fantastictrain.platform.scheduling.SchedulingTestConfig;
import org.fantastictrain.platform.scheduling.TestClock;
import org.fantastictrain.platform.scheduling.application.port.in.RunJobUseCase;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRun;
import org.fantastictrain.platform.scheduling.domain.JobRunStatus;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.fantastictrain.platform.training.application.port.in.TrainUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The control service end to end: real PostgreSQL, a real Alertmanager started by the test, the
 * background delivery on a short poll. Each test works on its own series, since Alertmanager keeps
 * the alerts of earlier tests.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ft.bootstrap=false",
            "ft.api-key=control-test-key",
            "spring.quartz.scheduler-name=ft-control-test",
            "ft.jobs.daily-load.enabled=false",
            "ft.jobs.daily-forecast.enabled=false",
            "ft.jobs.training.enabled=false",
            "ft.control.delivery.poll-interval=300ms",
            "ft.control.delivery.backoff-base=200ms",
            "ft.control.delivery.backoff-max=1s",
            "ft.control.delivery.resend-interval=1h"
        })
@Import(SchedulingTestConfig.class)
class ControlServiceTest {
    private static final Path HOME =
            Path.of("target", "test-home-control-" + UUID.randomUUID()).toAbsolutePath();
    private static final Alertmanager ALERTMANAGER = Alertmanager.onFreePort();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CORRIB = "corrib_production";
    private static final WebhookReceiver WEBHOOK = WebhookReceiver.start();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RunControlUseCase control;

    @Autowired
    RefreshEvaluationsUseCase evaluations;

    @Autowired
    LoadDataUseCase loads;

    @Autowired
    TestClock clock;

    @Autowired
    FakeTraining training;

    @Autowired
    RunJobUseCase jobs;

    @Autowired
    ObjectProvider<TrainUseCase> trainings;

    @Autowired
    ControlSettings settings;

    @Autowired
    EvaluationStore evaluationStore;

    @Autowired
    ChampionReferencePort champions;

    @Autowired
    ControlRunStore runs;

    @Autowired
    AlarmStore alarms;

    @LocalServerPort
    int port;

    ControlFixture fixture;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ft.home", HOME::toString);
        registry.add("ft.control.alertmanager-url", ALERTMANAGER::url);
        registry.add("ft.control.webhook-url", WEBHOOK::url);
    }

    @BeforeAll
    static void startAlertmanager() {
        if (java.nio.file.Files.isExecutable(Alertmanager.BINARY)) {
            ALERTMANAGER.start();
        }
    }

    @AfterAll
    static void stopAlertmanager() {
        ALERTMANAGER.stop();
        WEBHOOK.stop();
    }

    @BeforeEach
    void clean() {
        fixture = new ControlFixture(jdbc);
        fixture.clear();
        clock.set(SchedulingTestConfig.START);
    }

    @Test
    void actuals_that_follow_the_forecast_raise_nothing() {
        String series = "total";
        history(series, LocalDate.of(2024, 5, 31));

        ControlResult result = control.run(LocalDate.of(2024, 6, 1), "test");

        List<Check> checks =
                result.checks().stream().filter(c -> c.series().equals(series)).toList();
        assertThat(checks).hasSize(14);
        assertThat(checks)
                .allSatisfy(c -> assertThat(c.verdict()).as(c.toString()).isIn(Verdict.OK, Verdict.INSUFFICIENT_DATA));
        assertThat(checks.stream().filter(c -> c.windowDays() == null || c.windowDays() == 30))
                .as("the 30-day window has enough data for every criterion")
                .allSatisfy(c -> assertThat(c.verdict()).as(c.toString()).isEqualTo(Verdict.OK));
        Check rmse30 = check(checks, Criterion.RMSE_DEVIATION, 30);
        assertThat(rmse30.observed()).isBetween(0.3, 1.0);
        assertThat(result.fired()).isEmpty();
        assertThat(count("SELECT count(*) FROM alarm")).isZero();
        assertThat(count("SELECT count(*) FROM control_check WHERE series_id = 'total'"))
                .isEqualTo(14);
    }

    @Test
    void a_corrib_outage_fires_rmse_and_mean_shift_alarms_in_alertmanager_which_resolve_when_it_recovers()
            throws Exception {
        Alertmanager.assumeInstalled();
        fixture.champion(CORRIB);
        fixture.normalActuals(CORRIB, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), 7);
        fixture.constantActuals(CORRIB, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), 0);
        fixture.vintages(CORRIB, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 31));

        ControlResult outage = control.run(LocalDate.of(2024, 6, 1), "test");

        assertThat(keys(outage.fired())).contains(CORRIB + "/rmse_deviation/critical", CORRIB + "/mean_shift/critical");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(ALERTMANAGER.activeAlertLabels())
                        .anySatisfy(l -> assertThat(l)
                                .containsAllEntriesOf(Map.of(
                                        "alertname",
                                        "ForecastRmseDeviation",
                                        "series",
                                        CORRIB,
                                        "severity",
                                        "critical",
                                        "model_version",
                                        "1")))
                        .anySatisfy(l -> assertThat(l)
                                .containsAllEntriesOf(Map.of(
                                        "alertname",
                                        "ForecastMeanShift",
                                        "series",
                                        CORRIB,
                                        "severity",
                                        "critical",
                                        "model_version",
                                        "1"))));
        JsonNode firing = get("/api/v1/alarms?state=firing&series=" + CORRIB);
        assertThat(firing.findValuesAsString("criterion")).contains("rmse_deviation", "mean_shift");
        JsonNode rmseAlarm = stream(firing)
                .filter(a -> a.get("criterion").asString().equals("rmse_deviation"))
                .findFirst()
                .orElseThrow();
        assertThat(rmseAlarm.get("threshold").asDouble()).isEqualTo(2.0);
        assertThat(rmseAlarm.get("observed").asDouble()).isGreaterThan(10);
        assertThat(rmseAlarm.get("report_url").asString()).endsWith("/api/v1/control/report?series=" + CORRIB);

        ControlResult nextDay = control.run(LocalDate.of(2024, 6, 2), "test");
        assertThat(nextDay.fired())
                .as("deduplicated while firing")
                .noneMatch(a -> a.series().equals(CORRIB));
        assertThat(count("SELECT count(*) FROM alarm WHERE series_id = ? AND criterion = 'rmse_deviation'", CORRIB))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT last_seen_as_of FROM alarm WHERE series_id = ? AND criterion = 'rmse_deviation'",
                        LocalDate.class,
                        CORRIB))
                .isEqualTo(LocalDate.of(2024, 6, 2));

        clock.set(Instant.parse("2024-06-02T12:00:00Z"));
        JsonNode report = get("/api/v1/control/report?series=" + CORRIB + "&window=7");
        JsonNode lines = report.get("windows").get(0).get("metrics");
        assertThat(lines.findValuesAsString("lead")).containsExactly("1", "7", "1-30");
        assertThat(lines.get(0).get("champion_backtest_rmse").asDouble())
                .isEqualTo(ControlFixture.BACKTEST_RMSE_FIRST_WEEK);
        assertThat(lines.get(2).get("champion_backtest_rmse").asDouble()).isEqualTo(ControlFixture.BACKTEST_RMSE);
        assertThat(lines.get(2).get("rmse").asDouble()).isEqualTo(100.0);
        assertThat(lines.get(2).get("coverage").asDouble()).isZero();

        fixture.normalActuals(CORRIB, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 15), 8);
        ControlResult recovered = control.run(LocalDate.of(2024, 7, 16), "test");

        assertThat(keys(recovered.resolved()))
                .contains(CORRIB + "/rmse_deviation/critical", CORRIB + "/mean_shift/critical");
        assertThat(count("SELECT count(*) FROM alarm WHERE series_id = ? AND state = 'firing'", CORRIB))
                .isZero();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(ALERTMANAGER.activeAlertLabels()).noneMatch(l -> CORRIB.equals(l.get("series"))));
        assertThat(get("/api/v1/alarms?state=resolved&series=" + CORRIB).findValuesAsString("criterion"))
                .contains("rmse_deviation", "mean_shift");
    }

    @Test
    void a_stale_series_fires_freshness() {
        Alertmanager.assumeInstalled();
        String series = "moffat";
        history(series, LocalDate.of(2024, 5, 31));

        ControlResult result = control.run(LocalDate.of(2024, 6, 5), "test");

        assertThat(keys(result.fired())).contains(series + "/freshness/warning");
        Alarm freshness = result.fired().stream()
                .filter(a -> a.criterion() == Criterion.FRESHNESS)
                .findFirst()
                .orElseThrow();
        assertThat(freshness.observed()).isEqualTo(5.0);
        assertThat(freshness.threshold()).isEqualTo(2.0);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(ALERTMANAGER.activeAlertLabels())
                        .anySatisfy(l -> assertThat(l)
                                .containsAllEntriesOf(Map.of(
                                        "alertname", "ForecastFreshness", "series", series, "severity", "warning"))));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(WEBHOOK.bodies())
                        .anySatisfy(body -> assertThat(
                                        JSON.readTree(body).get("alarms").findValuesAsString("series"))
                                .contains(series)));
    }

    @Test
    void with_alertmanager_down_the_alarm_is_kept_and_delivered_when_it_is_back() {
        Alertmanager.assumeInstalled();
        String series = "roi_imports_via_interconnector";
        history(series, LocalDate.of(2024, 5, 31));
        ALERTMANAGER.stop();
        try {
            ControlResult result = control.run(LocalDate.of(2024, 6, 12), "test");

            assertThat(keys(result.fired())).contains(series + "/freshness/critical");
            assertThat(result.delivery().failed()).containsKey("alertmanager");
            Map<String, Object> delivery = jdbc.queryForMap("""
                    SELECT d.pending, d.attempts, d.last_error FROM alarm_delivery d JOIN alarm a ON a.id = d.alarm_id
                    WHERE a.series_id = ? AND a.criterion = 'freshness' AND d.channel = 'alertmanager'
                    """, series);
            assertThat(delivery.get("pending")).isEqualTo(true);
            assertThat((Integer) delivery.get("attempts")).isPositive();
            assertThat((String) delivery.get("last_error")).contains("unreachable");
        } finally {
            ALERTMANAGER.start();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(ALERTMANAGER.activeAlertLabels())
                        .anySatisfy(l -> assertThat(l)
                                .containsAllEntriesOf(Map.of(
                                        "alertname", "ForecastFreshness", "series", series, "severity", "critical"))));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForObject("""
                SELECT d.delivered_state FROM alarm_delivery d JOIN alarm a ON a.id = d.alarm_id
                WHERE a.series_id = ? AND a.criterion = 'freshness' AND d.channel = 'alertmanager' AND NOT d.pending
                """, String.class, series))
                        .isEqualTo("firing"));
    }

    @Test
    void a_load_evaluates_the_loaded_days_and_a_revised_actual_updates_its_evaluation() {
        fixture.vintages(CORRIB, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));

        loads.load(
                new LoadCommand(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5), "bundled", LoadKind.INCREMENTAL));

        assertThat(count("SELECT count(*) FROM forecast_evaluation WHERE series_id = ?", CORRIB))
                .as("forecasts of 2 to 5 March, issued on 1 March")
                .isEqualTo(4);
        double actual = jdbc.queryForObject(
                "SELECT value FROM observation WHERE series_id = ? AND ds = DATE '2024-03-02'", Double.class, CORRIB);
        assertThat(jdbc.queryForObject(
                        "SELECT error FROM forecast_evaluation WHERE series_id = ? AND ds = DATE '2024-03-02'",
                        Double.class,
                        CORRIB))
                .isEqualTo(ControlFixture.LEVEL - actual);

        assertThat(evaluations.refresh(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5)))
                .as("nothing changed")
                .isZero();
        jdbc.update("UPDATE observation SET value = 95 WHERE series_id = ? AND ds = DATE '2024-03-02'", CORRIB);
        assertThat(evaluations.refresh(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5)))
                .isEqualTo(1);
        Map<String, Object> revised = jdbc.queryForMap(
                "SELECT actual, error, squared_error, inside_interval, lead_days FROM forecast_evaluation WHERE series_id = ? AND ds = DATE '2024-03-02'",
                CORRIB);
        assertThat(revised)
                .containsEntry("actual", 95.0)
                .containsEntry("error", 5.0)
                .containsEntry("squared_error", 25.0)
                .containsEntry("inside_interval", true)
                .containsEntry("lead_days", 1);
    }

    @Test
    void served_forecasts_are_evaluated_once_per_day_served_and_metrics_reach_prometheus() throws Exception {
        fixture.champion(CORRIB);
        fixture.normalActuals(CORRIB, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 31), 3);
        fixture.vintages(CORRIB, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 31));
        for (String servedAt : List.of("2024-05-20T08:00:00Z", "2024-05-20T09:00:00Z")) {
            Long id = jdbc.queryForObject("""
                    INSERT INTO served_forecast (request_id, series_id, model_version, range_from, range_to, interval_width, points,
                        channel, served_at)
                    VALUES ('r', ?, 1, DATE '2024-05-19', DATE '2024-05-22', 0.8, 4, 'http', ?::timestamptz) RETURNING id
                    """, Long.class, CORRIB, servedAt);
            jdbc.update("""
                    INSERT INTO served_forecast_point (served_id, ds, yhat, yhat_lower, yhat_upper)
                    SELECT ?, d::date, 101, 91, 111 FROM generate_series(DATE '2024-05-19', DATE '2024-05-22', interval '1 day') d
                    """, id);
        }

        control.run(LocalDate.of(2024, 6, 1), "test");

        assertThat(count("SELECT count(*) FROM forecast_evaluation WHERE source = 'served'"))
                .as("21 and 22 May, once although served twice; 19 and 20 May were not forecasts")
                .isEqualTo(2);
        String metrics = getText("/actuator/prometheus");
        assertThat(metrics)
                .contains("ft_control_rmse_ratio{series=\"corrib_production\",window=\"30d\"}")
                .contains("ft_control_rmse{series=\"corrib_production\",window=\"7d\"}")
                .contains("ft_alarms_firing{severity=\"critical\"}")
                .contains("ft_data_last_load_age_seconds")
                .contains("ft_forecasts_served_total{channel=\"http\"} 2.0")
                .contains("ft_job_last_duration_seconds{job=\"daily-forecast\"}");
    }

    @Test
    void with_retraining_on_critical_a_new_critical_alarm_starts_one_training_run_triggered_by_the_alarm() {
        fixture.champion(CORRIB);
        fixture.normalActuals(CORRIB, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), 7);
        fixture.constantActuals(CORRIB, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), 0);
        fixture.vintages(CORRIB, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 31));
        training.reset();
        ControlSettings retraining = new ControlSettings(settings.policy(), settings.series(), "http://ft", true);
        ControlService service = new ControlService(
                retraining,
                evaluationStore,
                new JdbcActuals(jdbc),
                champions,
                runs,
                alarms,
                List.of(),
                () -> new DeliveryRound(Map.of(), Map.of()),
                new TrainingRetrain(trainings),
                checks -> {},
                clock);

        service.run(LocalDate.of(2024, 6, 1), "test");
        service.run(LocalDate.of(2024, 6, 2), "test");

        assertThat(training.calls())
                .as("once per series, not again while the alarm keeps firing")
                .containsExactly(CORRIB + "/alarm");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_daily_forecast_job_runs_the_control_evaluation_of_the_business_date() {
        history("total", LocalDate.of(2024, 5, 31));
        // 23:30 UTC on 31 May is 1 June in Dublin.
        clock.set(Instant.parse("2024-05-31T23:30:00Z"));

        JobRun run = jobs.run(JobName.DAILY_FORECAST, RunTrigger.SCHEDULER, clock.instant(), null, "test");

        assertThat(run.status()).isEqualTo(JobRunStatus.SUCCEEDED);
        Map<String, Object> summary = (Map<String, Object>) run.summary().get("control");
        assertThat(summary).containsEntry("as_of", "2024-06-01").containsEntry("checks", 56);
        assertThat(jdbc.queryForObject("SELECT trigger FROM control_run", String.class))
                .isEqualTo("scheduler");
    }

    /** A champion trained to the end of March, actuals that follow its forecasts, vintages from April. */
    private void history(String series, LocalDate lastActual) {
        fixture.champion(series);
        fixture.normalActuals(series, LocalDate.of(2024, 1, 1), lastActual, series.hashCode());
        fixture.vintages(series, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 31));
    }

    private static Check check(List<Check> checks, Criterion criterion, int window) {
        return checks.stream()
                .filter(c ->
                        c.criterion() == criterion && Integer.valueOf(window).equals(c.windowDays()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> keys(List<Alarm> alarms) {
        return alarms.stream()
                .map(a -> a.series() + "/" + a.criterion().id() + "/"
                        + a.severity().label())
                .toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(getText(path));
    }

    private String getText(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
