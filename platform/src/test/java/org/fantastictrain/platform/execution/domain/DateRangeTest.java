package org.fantastictrain.platform.execution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    @Test
    void a_range_lists_every_day_inclusive() {
        DateRange range = DateRange.parse("2024-02-27", "2024-03-01");

        assertThat(range.days()).isEqualTo(4);
        assertThat(range.dates())
                .containsExactly(
                        LocalDate.of(2024, 2, 27),
                        LocalDate.of(2024, 2, 28),
                        LocalDate.of(2024, 2, 29),
                        LocalDate.of(2024, 3, 1));
    }

    @Test
    void errors_name_the_field_and_the_value() {
        assertThatThrownBy(() -> DateRange.parse(null, "2024-01-01"))
                .hasMessage("'from' is required, as a date yyyy-MM-dd");
        assertThatThrownBy(() -> DateRange.parse("2024-01-01", "2024/01/02"))
                .hasMessage("'to' must be a date yyyy-MM-dd, got '2024/01/02'");
        assertThatThrownBy(() -> DateRange.parse("2024-01-02", "2024-01-01"))
                .isInstanceOf(InvalidForecastRequestException.class)
                .hasMessage("'from' (2024-01-02) is after 'to' (2024-01-01)");
    }
}
