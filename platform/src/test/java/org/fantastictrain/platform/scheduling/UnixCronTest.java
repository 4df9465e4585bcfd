package org.fantastictrain.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fantastictrain.platform.scheduling.domain.InvalidCronException;
import org.fantastictrain.platform.scheduling.domain.UnixCron;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quartz.CronExpression;

class UnixCronTest {

    @ParameterizedTest
    @CsvSource({
        "'0 0 * * *',     '0 0 0 * * ? *'",
        "'0 0 1,15 * *',  '0 0 0 1,15 * ? *'",
        "'30 0 * * *',    '0 30 0 * * ? *'",
        "'*/5 * * * 1-5', '0 */5 * ? * 2-6 *'",
        "'0 6 * * 0',     '0 0 6 ? * 1 *'",
        "' 0  0 * * * ',  '0 0 0 * * ? *'"
    })
    void unix_cron_becomes_the_equivalent_quartz_cron(String unix, String quartz) {
        UnixCron cron = UnixCron.parse("ft.jobs.x.cron", unix);

        assertThat(cron.quartzExpression()).isEqualTo(quartz);
        assertThat(CronExpression.isValidExpression(cron.quartzExpression())).isTrue();
        assertThat(cron.description()).isNotBlank();
    }

    @Test
    void the_training_default_fires_on_the_1st_and_15th() {
        assertThat(UnixCron.parse("p", "0 0 1,15 * *").description())
                .contains("1")
                .contains("15");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "bogus",
                "0 0 * *",
                "0 0 * * * *",
                "61 0 * * *",
                "@daily",
                "0 0 L * *",
                "0 0 1 * 1",
                "*/ * * * *"
            })
    void bad_expressions_are_refused_naming_the_property(String bad) {
        InvalidCronException e =
                assertThrows(InvalidCronException.class, () -> UnixCron.parse("ft.jobs.training.cron", bad));

        assertThat(e.property()).isEqualTo("ft.jobs.training.cron");
        assertThat(e.getMessage()).startsWith("ft.jobs.training.cron = '").doesNotContain("\n");
    }
}
