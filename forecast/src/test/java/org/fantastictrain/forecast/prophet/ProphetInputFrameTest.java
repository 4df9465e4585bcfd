package org.fantastictrain.forecast.prophet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.InputFrame;
import org.fantastictrain.forecast.Synthetic;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.auto.AutoModel;
import org.fantastictrain.forecast.baseline.SeasonalNaiveForecaster;
import org.junit.jupiter.api.Test;

class ProphetInputFrameTest {
    private static final TimeSeries SERIES =
            Synthetic.series(3 * 365, i -> 100 + 0.01 * i + Synthetic.yearly(i, 10) + Synthetic.weekly(i, 3), 0.5, 11);
    private static final ProphetModel MODEL = new ProphetForecaster(ProphetConfig.builder()
                    .irishHolidays(true)
                    .addSeasonality("monthly", 30.5, 2)
                    .build())
            .fit(SERIES);
    private static final LocalDate PATRICK = LocalDate.of(2020, 3, 17);

    private static double value(InputFrame frame, int row, String column) {
        int c = frame.columns().indexOf(column);
        assertThat(c).as(column).isNotNegative();
        return frame.rows().get(row)[c];
    }

    @Test
    void has_the_trend_fourier_and_holiday_columns_and_one_row_per_day() {
        List<LocalDate> days = Synthetic.days(3 * 365 - 10, 3 * 365 + 20);

        InputFrame frame = MODEL.inputFrame(days);

        assertThat(frame.columns())
                .startsWith("t", "trend")
                .contains(
                        "yearly_sin_1",
                        "yearly_cos_1",
                        "yearly_sin_10",
                        "yearly_cos_10",
                        "weekly_sin_1",
                        "weekly_cos_3",
                        "monthly_sin_1",
                        "monthly_cos_2")
                .doesNotHaveDuplicates()
                .doesNotContain("intercept");
        assertThat(frame.columns().stream().filter(c -> c.startsWith("changepoint_")))
                .hasSize(25);
        assertThat(frame.ds()).isEqualTo(days);
        assertThat(frame.rows())
                .hasSize(days.size())
                .allSatisfy(r -> assertThat(r).hasSize(frame.columns().size()));
        // t is 0 on the first training day and 1 on the last; the trend column is the model's trend
        assertThat(value(MODEL.inputFrame(List.of(SERIES.start())), 0, "t")).isCloseTo(0, within(1e-12));
        assertThat(value(MODEL.inputFrame(List.of(SERIES.end())), 0, "t")).isCloseTo(1, within(1e-12));
        double[] trend = MODEL.trend(days);
        for (int i = 0; i < days.size(); i++) {
            assertThat(value(frame, i, "trend")).isCloseTo(trend[i], within(1e-9));
        }
    }

    @Test
    void fourier_columns_are_sine_and_cosine_of_the_day_angle() {
        LocalDate day = LocalDate.of(2020, 7, 4);
        InputFrame frame = MODEL.inputFrame(List.of(day));

        double d = day.toEpochDay();
        for (int k = 1; k <= 10; k++) {
            double angle = 2 * Math.PI * k * d / 365.25;
            assertThat(value(frame, 0, "yearly_sin_" + k)).as("k=" + k).isCloseTo(Math.sin(angle), within(1e-9));
            assertThat(value(frame, 0, "yearly_cos_" + k)).as("k=" + k).isCloseTo(Math.cos(angle), within(1e-9));
        }
        for (int k = 1; k <= 3; k++) {
            double angle = 2 * Math.PI * k * d / 7;
            assertThat(value(frame, 0, "weekly_sin_" + k)).isCloseTo(Math.sin(angle), within(1e-9));
            assertThat(value(frame, 0, "weekly_cos_" + k)).isCloseTo(Math.cos(angle), within(1e-9));
        }
    }

    @Test
    void the_holiday_flag_is_set_on_st_patricks_day_only() {
        InputFrame frame = MODEL.inputFrame(List.of(PATRICK.minusDays(1), PATRICK, PATRICK.plusDays(1)));

        String patrick = frame.columns().stream()
                .filter(c -> c.toUpperCase().contains("PATRICK"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no St Patrick's Day column in " + frame.columns()));
        assertThat(value(frame, 0, patrick)).isZero();
        assertThat(value(frame, 1, patrick)).isEqualTo(1.0);
        assertThat(value(frame, 2, patrick)).isZero();
        int firstHoliday = frame.columns().indexOf("monthly_cos_2") + 1;
        double flags = 0;
        for (int c = firstHoliday; c < frame.columns().size(); c++) {
            flags += frame.rows().get(1)[c];
        }
        assertThat(flags).isEqualTo(1.0);
    }

    @Test
    void the_automatic_model_gives_its_prophet_components_frame() {
        AutoModel single = new AutoModel(List.of(MODEL), new double[] {1}, new double[0], "prophet");
        AutoModel combined = new AutoModel(
                List.of(new SeasonalNaiveForecaster().fit(SERIES), MODEL),
                new double[] {0.5, 0.5},
                new double[0],
                "snaive+prophet");
        List<LocalDate> days = List.of(PATRICK, PATRICK.plusDays(1));

        InputFrame expected = MODEL.inputFrame(days);
        for (AutoModel auto : List.of(single, combined)) {
            InputFrame frame = auto.inputFrame(days);
            assertThat(frame.columns()).isEqualTo(expected.columns());
            assertThat(frame.rows().get(1)).containsExactly(expected.rows().get(1));
        }
        AutoModel baselineOnly = new AutoModel(
                List.of(new SeasonalNaiveForecaster().fit(SERIES)), new double[] {1}, new double[0], "snaive");
        assertThat(baselineOnly.inputFrame(days).columns()).isEmpty();
        assertThat(baselineOnly.inputFrame(days).rows()).hasSize(2);
    }
}
