package org.fantastictrain.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.UUID;
import org.fantastictrain.platform.FantasticTrainApplication;
import org.fantastictrain.platform.scheduling.domain.InvalidCronException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

@ExtendWith(OutputCaptureExtension.class)
class BadCronStartupTest {

    @Test
    void a_bad_cron_fails_startup_with_a_message_naming_the_property(CapturedOutput output) {
        SpringApplication app = new SpringApplication(FantasticTrainApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String home = Path.of("target", "test-home-bad-cron-" + UUID.randomUUID())
                .toAbsolutePath()
                .toString();

        RuntimeException failure = assertThrows(
                RuntimeException.class,
                () -> app.run(
                        "--ft.home=" + home,
                        "--ft.bootstrap=false",
                        "--spring.quartz.auto-startup=false",
                        "--ft.jobs.training.cron=0 0 15 *"));

        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(InvalidCronException.class);
        assertThat(cause.getMessage())
                .isEqualTo(
                        "ft.jobs.training.cron = '0 0 15 *' is not a valid 5-field Unix cron expression"
                                + " (minute hour day-of-month month day-of-week): Cron expression contains 4 parts but we expect one of [5]")
                .doesNotContain("\n");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Set ft.jobs.training.cron to a 5-field Unix cron expression");
    }
}
