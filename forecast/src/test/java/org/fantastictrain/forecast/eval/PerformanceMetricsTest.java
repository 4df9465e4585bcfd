package org.fantastictrain.forecast.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceMetricsTest {

    @Test
    void rolling_mean_borrows_a_pro_rated_share_of_the_earliest_horizon() {
        // horizons 1,1,2,2,3,4 with values 1..6 and w = 3; by hand:
        // window ending at h4: 6 + 5 + half of h2's sum (7/2) -> 14.5/3; at h3: 5 + 3 + 4 -> 4; at h2: 7 + half of h1's
        // 3
        PerformanceMetrics.Rolled r =
                PerformanceMetrics.rollingMeanByH(new double[] {1, 2, 3, 4, 5, 6}, new long[] {1, 1, 2, 2, 3, 4}, 3);
        assertThat(r.h()).containsExactly(2, 3, 4);
        assertThat(r.x()[0]).isCloseTo(8.5 / 3, within(1e-12));
        assertThat(r.x()[1]).isCloseTo(4.0, within(1e-12));
        assertThat(r.x()[2]).isCloseTo(14.5 / 3, within(1e-12));
    }

    @Test
    void rolling_median_takes_whole_previous_rows_until_the_window_is_full() {
        PerformanceMetrics.Rolled r =
                PerformanceMetrics.rollingMedianByH(new double[] {1, 2, 3, 4, 5, 6}, new long[] {1, 1, 2, 2, 3, 4}, 3);
        assertThat(r.h()).containsExactly(2, 3, 4);
        assertThat(r.x()).containsExactly(3, 4, 5);
    }

    private static List<BacktestRow> rows() {
        LocalDate cutoff = LocalDate.of(2020, 1, 1);
        List<BacktestRow> rows = new ArrayList<>();
        // (horizon, y, yhat): errors 1, -2, 0, 4 ; interval +-1.5 around yhat
        double[][] v = {{1, 10, 9}, {1, 20, 22}, {2, 10, 10}, {2, 40, 36}};
        for (double[] r : v) {
            rows.add(new BacktestRow(cutoff.plusDays((long) r[0]), cutoff, r[1], r[2], r[2] - 1.5, r[2] + 1.5));
        }
        return rows;
    }

    @Test
    void whole_horizon_window_averages_every_row() {
        List<MetricsRow> m = PerformanceMetrics.compute(rows(), 1.0);
        assertThat(m).hasSize(1);
        MetricsRow r = m.get(0);
        assertThat(r.horizonDays()).isEqualTo(2);
        assertThat(r.mse()).isCloseTo((1 + 4 + 0 + 16) / 4.0, within(1e-12));
        assertThat(r.rmse()).isCloseTo(Math.sqrt(21 / 4.0), within(1e-12));
        assertThat(r.mae()).isCloseTo(7 / 4.0, within(1e-12));
        assertThat(r.mape()).isCloseTo((0.1 + 0.1 + 0 + 0.1) / 4, within(1e-12));
        assertThat(r.mdape()).isCloseTo(0.1, within(1e-12));
        assertThat(r.smape()).isCloseTo((1 / 9.5 + 2 / 21.0 + 0 + 4 / 38.0) / 4, within(1e-12));
        assertThat(r.coverage()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void negative_window_gives_one_row_per_forecast() {
        List<MetricsRow> m = PerformanceMetrics.compute(rows(), -1);
        assertThat(m).hasSize(4);
        assertThat(m.get(1).mse()).isEqualTo(4.0);
    }

    @Test
    void percentage_errors_are_skipped_when_an_actual_is_zero() {
        List<BacktestRow> rows = new ArrayList<>(rows());
        rows.add(new BacktestRow(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 1), 0, 1, 0, 2));
        MetricsRow r = PerformanceMetrics.compute(rows, 1.0).get(0);
        assertThat(r.mape()).isNaN();
        assertThat(r.smape()).isFinite();
    }
}
