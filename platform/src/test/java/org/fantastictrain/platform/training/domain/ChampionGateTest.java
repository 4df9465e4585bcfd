package org.fantastictrain.platform.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChampionGateTest {
    private static final LocalDate CUTOFF = LocalDate.of(2024, 1, 1);
    private final ChampionGate gate = new ChampionGate(new GatePolicy(Metric.RMSE, 0, 14));

    /** 30 fold days with a constant absolute error. */
    private static Backtest withError(double error, LocalDate after) {
        List<ScoredPoint> points = new ArrayList<>();
        for (int h = 1; h <= 30; h++) {
            LocalDate d = CUTOFF.plusDays(h);
            if (d.isAfter(after)) {
                points.add(new ScoredPoint(1, d, h, 10, 10 + error, 0, 20));
            }
        }
        return new Backtest(points);
    }

    private static Backtest withError(double error) {
        return withError(error, CUTOFF);
    }

    @Test
    void without_a_champion_the_challenger_must_beat_seasonal_naive() {
        assertThat(gate.decide(withError(1), withError(2), null).promote()).isTrue();
        assertThat(gate.decide(withError(2), withError(2), null).promote()).isFalse();
    }

    @Test
    void a_tie_with_the_refitted_champion_is_rejected() {
        ChampionEvidence champion = new ChampionEvidence(1, CUTOFF.plusDays(30), withError(1), new Backtest(List.of()));

        GateDecision d = gate.decide(withError(1), withError(3), champion);

        assertThat(d.promote()).isFalse();
        assertThat(d.reason()).contains("does not beat champion v1 refitted");
    }

    @Test
    void beating_the_frozen_champion_on_unseen_days_promotes_when_not_worse_than_its_refit() {
        ChampionEvidence champion = new ChampionEvidence(1, CUTOFF, withError(1), withError(5));

        GateDecision d = gate.decide(withError(1), withError(3), champion);

        assertThat(d.promote()).isTrue();
        assertThat(d.unseenDays()).isEqualTo(30);
        assertThat(d.championFrozen()).isEqualTo(5.0);
    }

    @Test
    void a_challenger_worse_than_the_refitted_champion_configuration_is_rejected() {
        ChampionEvidence champion = new ChampionEvidence(1, CUTOFF, withError(1), withError(5));

        assertThat(gate.decide(withError(2), withError(3), champion).promote()).isFalse();
    }

    @Test
    void too_few_unseen_days_fall_back_to_the_refit_comparison() {
        LocalDate trainingEnd = CUTOFF.plusDays(20);
        ChampionEvidence champion = new ChampionEvidence(1, trainingEnd, withError(1), withError(9, trainingEnd));

        GateDecision d = gate.decide(withError(1), withError(3), champion);

        assertThat(d.promote()).isFalse();
        assertThat(d.unseenDays()).isEqualTo(10);
    }

    @Test
    void a_minimum_relative_improvement_is_required_when_configured() {
        ChampionGate strict = new ChampionGate(new GatePolicy(Metric.RMSE, 0.1, 14));

        assertThat(strict.decide(withError(0.95), withError(1), null).promote()).isFalse();
        assertThat(strict.decide(withError(0.85), withError(1), null).promote()).isTrue();
    }

    @Test
    void folds_step_back_from_the_newest_day() {
        FoldPlan plan = FoldPlan.newest(LocalDate.of(2023, 6, 30), 3, 30, 30);

        assertThat(plan.folds())
                .extracting(Fold::cutoff)
                .containsExactly(LocalDate.of(2023, 5, 31), LocalDate.of(2023, 5, 1), LocalDate.of(2023, 4, 1));
        assertThat(plan.folds().get(0).end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }
}
