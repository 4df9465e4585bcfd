package org.fantastictrain.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.TimeSeries;
import org.junit.jupiter.api.Test;

class SeasonalNaiveForecasterTest {
    private static final double[] WEEK = {5, 7, 9, 8, 6, 2, 1};

    @Test
    void reproduces_a_pure_weekly_pattern_exactly() {
        FittedModel model = new SeasonalNaiveForecaster().fit(Series.weekly(4, WEEK));
        LocalDate first = model.trainingEnd().plusDays(1);

        Forecast forecast = model.predict(Series.days(first, 21), 0.8);

        for (int i = 0; i < 21; i++) {
            double expected = WEEK[first.plusDays(i).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
            assertThat(forecast.yhat()[i]).isEqualTo(expected);
            assertThat(forecast.yhatLower()[i]).isEqualTo(expected);
            assertThat(forecast.yhatUpper()[i]).isEqualTo(expected);
        }
        assertThat(model.algorithm()).isEqualTo("snaive");
    }

    @Test
    void a_weekday_missing_in_the_last_week_comes_from_the_week_before() {
        double[] values = new double[21];
        for (int i = 0; i < values.length; i++) {
            values[i] = 10 * (i / 7) + i % 7; // week number in tens, weekday in units
        }
        values[16] = Double.NaN; // Wednesday of the last week
        FittedModel model = new SeasonalNaiveForecaster().fit(Series.daily(values));
        LocalDate wednesday = model.trainingEnd().plusDays(3);
        LocalDate thursday = model.trainingEnd().plusDays(4);

        Forecast forecast = model.predict(List.of(wednesday, thursday), 0.8);

        assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(forecast.yhat()).containsExactly(12.0, 23.0);
        double oneSeason = forecast.yhatUpper()[1] - forecast.yhat()[1];
        double twoSeasons = forecast.yhatUpper()[0] - forecast.yhat()[0];
        assertThat(twoSeasons).isCloseTo(oneSeason * Math.sqrt(2), within(1e-12));
    }

    @Test
    void interval_widens_once_per_whole_season_ahead() {
        double[] values = new double[28];
        for (int i = 0; i < values.length; i++) {
            values[i] = WEEK[i % 7] + (i / 7 % 2 == 0 ? 1 : -1); // weeks alternate +1, -1
        }
        FittedModel model = new SeasonalNaiveForecaster().fit(Series.daily(values));
        LocalDate end = model.trainingEnd();

        Forecast forecast =
                model.predict(List.of(end.plusDays(1), end.plusDays(7), end.plusDays(8), end.plusDays(22)), 0.8);

        double[] half = new double[4];
        for (int i = 0; i < 4; i++) {
            half[i] = forecast.yhatUpper()[i] - forecast.yhat()[i];
        }
        assertThat(half[1]).isEqualTo(half[0]);
        assertThat(half[2]).isCloseTo(half[0] * Math.sqrt(2), within(1e-12));
        assertThat(half[3]).isCloseTo(half[0] * Math.sqrt(4), within(1e-12));
    }

    @Test
    void in_sample_days_get_the_value_one_season_earlier() {
        double[] values = new double[14];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        FittedModel model = new SeasonalNaiveForecaster().fit(Series.daily(values));

        Forecast forecast = model.predict(Series.days(Series.START, 14), 0.8);

        for (int i = 0; i < 7; i++) {
            assertThat(forecast.yhat()[i]).isNaN();
            assertThat(forecast.yhat()[i + 7]).isEqualTo(i);
        }
    }

    @Test
    void rejects_too_little_history_and_bad_periods() {
        SeasonalNaiveForecaster snaive = new SeasonalNaiveForecaster();
        TimeSeries sixDays = Series.daily(1, 2, 3, 4, 5, 6);

        assertThrows(IllegalArgumentException.class, () -> snaive.fit(sixDays));
        assertThrows(IllegalArgumentException.class, () -> snaive.fit(Series.daily(Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new SeasonalNaiveForecaster(0));
    }
}
