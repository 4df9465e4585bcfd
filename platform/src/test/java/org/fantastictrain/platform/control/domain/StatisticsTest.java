package org.fantastictrain.platform.control.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each statistic against values computed by hand (and cross-checked with SciPy). */
class StatisticsTest {

    @Test
    void welch_t_test_matches_the_hand_computed_statistic_degrees_of_freedom_and_p_value() {
        // a: mean 3, variance 2.5; b: mean 7, variance 14. se² = 2.5/5 + 14/6 = 2.8333.
        WelchTTest test = WelchTTest.of(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10, 12});

        assertThat(test.t()).isCloseTo(-4 / Math.sqrt(2.5 / 5 + 14.0 / 6), within(1e-12));
        assertThat(test.degreesOfFreedom()).isCloseTo(6.972255729794934, within(1e-9));
        assertThat(test.pValue()).isCloseTo(0.04928433820673053, within(1e-9));
    }

    @Test
    void student_tail_probabilities_match_known_values() {
        // t = 1 with one degree of freedom is the Cauchy quartile: P(|T| >= 1) = 1/2.
        assertThat(SpecialFunctions.studentTwoSided(1.0, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(SpecialFunctions.studentTwoSided(2.0, 10)).isCloseTo(0.07338803477074037, within(1e-9));
        assertThat(SpecialFunctions.studentTwoSided(0.0, 5)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void welch_t_test_of_two_constant_samples_is_certain_either_way() {
        assertThat(WelchTTest.of(new double[] {5, 5, 5}, new double[] {5, 5}).pValue())
                .isEqualTo(1.0);
        assertThat(WelchTTest.of(new double[] {0, 0, 0}, new double[] {5, 5}).pValue())
                .isZero();
        assertThrows(IllegalArgumentException.class, () -> WelchTTest.of(new double[] {1}, new double[] {1, 2}));
    }

    @Test
    void kolmogorov_smirnov_takes_the_largest_distance_of_the_empirical_distributions() {
        // At 0.3, 3 of 5 values of a are below and none of b: D = 0.6.
        KolmogorovSmirnov ks =
                KolmogorovSmirnov.of(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, new double[] {0.35, 0.45, 0.55, 0.65});

        assertThat(ks.statistic()).isCloseTo(0.6, within(1e-12));
        // λ = (√(20/9) + 0.12 + 0.11/√(20/9)) × 0.6 = 1.0107; Q(λ) = 2 Σ (-1)^(k-1) e^(-2k²λ²).
        double en = Math.sqrt(20.0 / 9);
        double lambda = (en + 0.12 + 0.11 / en) * 0.6;
        double q =
                2 * (Math.exp(-2 * lambda * lambda) - Math.exp(-8 * lambda * lambda) + Math.exp(-18 * lambda * lambda));
        assertThat(ks.pValue()).isCloseTo(q, within(1e-6)).isCloseTo(0.2587, within(1e-4));
    }

    @Test
    void kolmogorov_smirnov_of_identical_samples_is_zero_with_p_value_one() {
        KolmogorovSmirnov ks = KolmogorovSmirnov.of(new double[] {1, 2, 3}, new double[] {3, 2, 1});

        assertThat(ks.statistic()).isZero();
        assertThat(ks.pValue()).isEqualTo(1.0);
    }

    @Test
    void psi_compares_the_shares_in_the_reference_quantile_bins() {
        // Median of 1..10 is 5.5: reference 50/50, recent 5/8 below and 3/8 above.
        double[] reference = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        PopulationStabilityIndex psi =
                PopulationStabilityIndex.of(reference, new double[] {1, 1, 2, 2, 3, 9, 10, 10}, 2);

        assertThat(psi.edges()).containsExactly(5.5);
        assertThat(psi.value())
                .isCloseTo(0.125 * Math.log(1.25) - 0.125 * Math.log(0.75), within(1e-12))
                .isCloseTo(0.0638532, within(1e-6));
    }

    @Test
    void psi_floors_an_empty_bin_instead_of_going_infinite() {
        double[] reference = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        PopulationStabilityIndex psi = PopulationStabilityIndex.of(reference, new double[] {1, 2}, 2);

        assertThat(psi.value())
                .isCloseTo(0.5 * Math.log(2) + (1e-4 - 0.5) * Math.log(1e-4 / 0.5), within(1e-12))
                .isCloseTo(4.6043185, within(1e-6));
        assertThat(PopulationStabilityIndex.of(reference, reference, 5).value()).isZero();
    }

    @Test
    void windowed_error_metrics_and_coverage_match_the_hand_computed_values() {
        List<EvaluatedPoint> points = List.of(point(10, 8), point(10, 12), point(10, 14), point(10, 10));

        ErrorSummary s = ErrorSummary.of(points);

        // errors (forecast - actual) 2, -2, -4, 0; interval 7..13 holds 3 of the 4 actuals.
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.rmse()).isCloseTo(Math.sqrt(6), within(1e-12));
        assertThat(s.mae()).isCloseTo(2.0, within(1e-12));
        assertThat(s.bias()).isCloseTo(-1.0, within(1e-12));
        assertThat(s.mape()).isCloseTo((2.0 / 8 + 2.0 / 12 + 4.0 / 14) / 4, within(1e-12));
        assertThat(s.coverage()).isEqualTo(0.75);
        assertThat(s.nominalCoverage()).isEqualTo(0.8);
        assertThat(s.meanActual()).isEqualTo(11.0);
    }

    @Test
    void mape_is_undefined_when_an_actual_is_zero_and_an_empty_window_has_no_metrics() {
        assertThat(ErrorSummary.of(List.of(point(10, 8), point(10, 0))).mape()).isNaN();
        assertThat(ErrorSummary.of(List.of()).count()).isZero();
        assertThat(ErrorSummary.of(List.of()).rmse()).isNaN();
    }

    private static EvaluatedPoint point(double yhat, double actual) {
        return new EvaluatedPoint(
                "vintage", 1, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2), 1, yhat, 7, 13, 0.8, actual);
    }
}
