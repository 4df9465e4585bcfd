package org.fantastictrain.platform.control.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmPlanTest {
    private static final Instant T = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void the_worst_verdict_over_the_windows_fires_one_alarm_per_criterion() {
        AlarmPlan plan = AlarmPlan.of(
                List.of(),
                List.of(
                        check(Criterion.RMSE_DEVIATION, 7, Verdict.WARNING),
                        check(Criterion.RMSE_DEVIATION, 30, Verdict.CRITICAL),
                        check(Criterion.MEAN_SHIFT, 30, Verdict.OK)));

        assertThat(plan.fire()).extracting(Check::windowDays).containsExactly(30);
        assertThat(plan.refresh()).isEmpty();
        assertThat(plan.resolve()).isEmpty();
    }

    @Test
    void a_firing_alarm_seen_again_is_refreshed_not_fired_twice() {
        Alarm firing = alarm(Criterion.RMSE_DEVIATION, Severity.CRITICAL);

        AlarmPlan plan = AlarmPlan.of(List.of(firing), List.of(check(Criterion.RMSE_DEVIATION, 30, Verdict.CRITICAL)));

        assertThat(plan.fire()).isEmpty();
        assertThat(plan.refresh()).containsOnlyKeys(firing);
    }

    @Test
    void escalation_resolves_the_warning_and_fires_the_critical() {
        Alarm warning = alarm(Criterion.COVERAGE, Severity.WARNING);

        AlarmPlan plan = AlarmPlan.of(List.of(warning), List.of(check(Criterion.COVERAGE, 30, Verdict.CRITICAL)));

        assertThat(plan.fire()).hasSize(1);
        assertThat(plan.resolve()).containsExactly(warning);
    }

    @Test
    void ok_resolves_but_insufficient_data_keeps_the_alarm() {
        Alarm firing = alarm(Criterion.MEAN_SHIFT, Severity.WARNING);

        assertThat(AlarmPlan.of(List.of(firing), List.of(check(Criterion.MEAN_SHIFT, 7, Verdict.INSUFFICIENT_DATA)))
                        .resolve())
                .isEmpty();
        assertThat(AlarmPlan.of(
                                List.of(firing),
                                List.of(
                                        check(Criterion.MEAN_SHIFT, 7, Verdict.INSUFFICIENT_DATA),
                                        check(Criterion.MEAN_SHIFT, 30, Verdict.OK)))
                        .resolve())
                .containsExactly(firing);
    }

    @Test
    void criteria_thresholds_decide_the_verdicts() {
        ControlPolicy policy = ControlPolicy.defaults();
        CriteriaEvaluator evaluator = new CriteriaEvaluator(policy);
        LocalDate asOf = LocalDate.of(2024, 6, 10);
        SeriesEvidence.Window empty = new SeriesEvidence.Window(7, List.of(), new double[0]);
        SeriesEvidence evidence = new SeriesEvidence(
                "moffat",
                asOf,
                new ChampionReference(1, LocalDate.of(2024, 3, 31), 5.0, 4.0),
                Map.of(7, empty, 30, empty),
                null,
                null,
                new double[0],
                LocalDate.of(2024, 6, 7),
                2,
                List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2)));

        List<Check> checks = evaluator.evaluate(evidence);

        Check freshness = checks.stream()
                .filter(c -> c.criterion() == Criterion.FRESHNESS)
                .findFirst()
                .orElseThrow();
        assertThat(freshness.observed()).isEqualTo(3.0);
        assertThat(freshness.verdict()).isEqualTo(Verdict.WARNING);
        Check gaps = checks.stream()
                .filter(c -> c.criterion() == Criterion.GAPS)
                .findFirst()
                .orElseThrow();
        assertThat(gaps.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(checks.stream().filter(c -> c.criterion() == Criterion.RMSE_DEVIATION))
                .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA));
    }

    private static Check check(Criterion criterion, Integer window, Verdict verdict) {
        return new Check("corrib_production", criterion, window, 1, 1.0, 1.5, 2.0, verdict, Map.of());
    }

    private static Alarm alarm(Criterion criterion, Severity severity) {
        return new Alarm(
                1,
                "corrib_production",
                criterion,
                severity,
                AlarmState.FIRING,
                1,
                30,
                3.0,
                2.0,
                "s",
                "d",
                "u",
                T,
                T,
                null,
                LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 1));
    }
}
