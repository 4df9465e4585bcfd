package org.fantastictrain.forecast.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.Synthetic;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.prophet.ProphetConfig;
import org.fantastictrain.forecast.prophet.ProphetForecaster;
import org.junit.jupiter.api.Test;

class GridSearchTest {

    @Test
    void finds_that_a_series_with_a_weekly_pattern_needs_weekly_seasonality() {
        TimeSeries s = Synthetic.series(300, i -> 10 + Synthetic.weekly(i, 3), 0.2, 21);
        List<LocalDate> cutoffs = List.of(Synthetic.START.plusDays(200), Synthetic.START.plusDays(240));
        GridSearch.Result<Integer> r = GridSearch.search(
                List.of(0, 3),
                order -> new ProphetForecaster(ProphetConfig.builder()
                        .yearlyOrder(0)
                        .weeklyOrder(order)
                        .build()),
                s,
                cutoffs,
                30);

        assertThat(r.table()).hasSize(2);
        assertThat(r.best().config()).isEqualTo(3);
        assertThat(r.table().get(0).score()).isGreaterThan(2 * r.table().get(1).score());
        assertThrows(
                IllegalArgumentException.class,
                () -> GridSearch.search(List.<Integer>of(), o -> new ProphetForecaster(), s, cutoffs, 30));
    }
}
