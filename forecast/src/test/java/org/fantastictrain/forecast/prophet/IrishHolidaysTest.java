package org.fantastictrain.forecast.prophet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrishHolidaysTest {

    private static List<LocalDate> dates(int year) {
        return IrishHolidays.of(year).stream().map(Holiday::date).toList();
    }

    @Test
    void adds_the_substitute_monday_for_st_patricks_day_on_a_sunday() {
        assertThat(dates(2024)).contains(LocalDate.of(2024, 3, 17), LocalDate.of(2024, 3, 18));
    }

    @Test
    void christmas_and_st_stephens_on_a_weekend_move_to_the_next_free_weekdays() {
        // 2021: Christmas Saturday, St Stephen's Sunday -> Monday 27 and Tuesday 28
        assertThat(dates(2021)).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        // 2022: Christmas Sunday, St Stephen's Monday -> substitute Tuesday 27
        assertThat(dates(2022)).contains(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
    }

    @Test
    void weekday_holidays_get_no_substitute() {
        // 2023: St Patrick's Day is a Friday
        assertThat(dates(2023)).contains(LocalDate.of(2023, 3, 17)).doesNotContain(LocalDate.of(2023, 3, 20));
    }
}
