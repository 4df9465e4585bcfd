package org.fantastictrain.platform.system.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class UnixCronTest {

    @Test
    void a_five_field_cron_becomes_springs_six_field_form() {
        UnixCron cron = new UnixCron(" 0  0 * * * ");

        assertThat(cron.toSpring()).isEqualTo("0 0 0 * * *");
        assertThat(CronExpression.parse(cron.toSpring()).next(LocalDateTime.of(2024, 3, 1, 13, 5)))
                .isEqualTo(LocalDateTime.of(2024, 3, 2, 0, 0));
        assertThat(new UnixCron("0 0 15 * *").toSpring()).isEqualTo("0 0 0 15 * *");
    }

    @Test
    void garbage_and_six_field_expressions_are_refused_with_a_clear_reason() {
        for (String bad : new String[] {"", "every day", "0 0 * *", "0 0 0 * * *", "61 0 * * *", "* * * * * * *"}) {
            assertThatThrownBy(() -> new UnixCron(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cron");
        }
    }
}
