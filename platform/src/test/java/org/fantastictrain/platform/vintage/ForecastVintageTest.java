package org.fantastictrain.platform.vintage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.scheduling.SchedulingTest;
import org.fantastictrain.platform.scheduling.application.port.in.RunJobUseCase;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRun;
import org.fantastictrain.platform.scheduling.domain.JobRunStatus;
import org.fantastictrain.platform.scheduling.domain.RunTrigger;
import org.fantastictrain.platform.vintage.application.port.in.ForecastVintageQuery;
import org.fantastictrain.platform.vintage.application.port.in.IssueForecastVintageUseCase;
import org.fantastictrain.platform.vintage.domain.ForecastVintage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ForecastVintageTest extends SchedulingTest {

    @Autowired
    IssueForecastVintageUseCase issue;

    @Autowired
    ForecastVintageQuery vintages;

    @Autowired
    RunJobUseCase runner;

    @Test
    void the_champion_forecast_of_the_next_30_days_is_stored_at_80_percent() {
        champions.crown(SeriesId.CORRIB_PRODUCTION, 3, 50.0);
        LocalDate issuedOn = LocalDate.of(2024, 3, 10);

        ForecastVintage vintage =
                issue.issue(SeriesId.CORRIB_PRODUCTION, issuedOn).orElseThrow();

        assertThat(vintage.modelVersion()).isEqualTo(3);
        assertThat(vintage.firstDay()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(vintage.lastDay()).isEqualTo(LocalDate.of(2024, 4, 9));
        List<ForecastVintage> stored = vintages.issuedOn(SeriesId.CORRIB_PRODUCTION, issuedOn);
        assertThat(stored).containsExactly(vintage);
        assertThat(
                        count(
                                "SELECT count(*) FROM forecast_vintage WHERE series_id = 'corrib_production' AND issued_on = DATE '2024-03-10'"))
                .isEqualTo(30);
        assertThat(
                        jdbc.queryForMap(
                                "SELECT yhat, yhat_lower, yhat_upper, interval_width FROM forecast_vintage WHERE ds = DATE '2024-03-11'"))
                .containsEntry("yhat", 61.0)
                .containsEntry("yhat_lower", 53.0)
                .containsEntry("yhat_upper", 69.0)
                .containsEntry("interval_width", 0.8);
    }

    @Test
    void reissuing_the_same_day_does_not_duplicate() {
        champions.crown(SeriesId.MOFFAT, 1, 10.0);
        LocalDate issuedOn = LocalDate.of(2024, 3, 10);
        issue.issue(SeriesId.MOFFAT, issuedOn);

        champions.crown(SeriesId.MOFFAT, 1, 20.0);
        issue.issue(SeriesId.MOFFAT, issuedOn);

        assertThat(count("SELECT count(*) FROM forecast_vintage WHERE series_id = 'moffat'"))
                .isEqualTo(30);
        assertThat(jdbc.queryForObject(
                        "SELECT yhat FROM forecast_vintage WHERE series_id = 'moffat' AND ds = DATE '2024-03-11'",
                        Double.class))
                .as("the re-issue replaces the stored values")
                .isEqualTo(31.0);
    }

    @Test
    void a_series_without_champion_issues_nothing() {
        assertThat(issue.issue(SeriesId.TOTAL, LocalDate.of(2024, 3, 10))).isEmpty();
        assertThat(count("SELECT count(*) FROM forecast_vintage")).isZero();
    }

    @Test
    void the_daily_forecast_job_issues_on_the_business_date_and_reruns_idempotently() {
        champions.crown(SeriesId.CORRIB_PRODUCTION, 2, 50.0);
        champions.crown(SeriesId.TOTAL, 5, 200.0);
        // 23:30 UTC on 30 June is already 1 July in Dublin (summer time): the business date wins.
        clock.set(Instant.parse("2024-06-30T23:30:00Z"));

        JobRun first = runner.run(JobName.DAILY_FORECAST, RunTrigger.SCHEDULER, clock.instant(), null, "test");
        JobRun second = runner.run(JobName.DAILY_FORECAST, RunTrigger.SCHEDULER, clock.instant(), null, "test");

        assertThat(first.status()).isEqualTo(JobRunStatus.SUCCEEDED);
        assertThat(second.status()).isEqualTo(JobRunStatus.SUCCEEDED);
        assertThat(first.summary()).containsEntry("issued_on", "2024-07-01");
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT series_id || '@' || model_version FROM forecast_vintage WHERE issued_on = DATE '2024-07-01' ORDER BY 1",
                        String.class))
                .containsExactly("corrib_production@2", "total@5");
        assertThat(count("SELECT count(*) FROM forecast_vintage")).isEqualTo(60);
        assertThat(jdbc.queryForObject("SELECT min(ds) FROM forecast_vintage", LocalDate.class))
                .isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(count("SELECT count(*) FROM job_run WHERE job = 'daily-forecast' AND status = 'SUCCEEDED'"))
                .isEqualTo(2);
    }
}
