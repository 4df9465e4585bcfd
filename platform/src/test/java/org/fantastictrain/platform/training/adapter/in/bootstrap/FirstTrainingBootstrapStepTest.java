package org.fantastictrain.platform.training.adapter.in.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.registry.application.port.in.ModelRegistryQuery;
import org.fantastictrain.platform.support.PlatformTest;
import org.fantastictrain.platform.system.bootstrap.BootstrapStep;
import org.fantastictrain.platform.training.TrainingFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FirstTrainingBootstrapStepTest extends PlatformTest {
    private static final List<String> SERIES =
            List.of("corrib_production", "moffat", "roi_imports_via_interconnector", "total");

    @Autowired
    List<BootstrapStep> steps;

    @Autowired
    ModelRegistryQuery registry;

    BootstrapStep firstTraining;

    @BeforeEach
    void forgetEarlierTrainings() {
        for (String table : new String[] {"model_alias_history", "model_alias", "model_version", "training_run"}) {
            jdbc.update("delete from " + table + " where series_id = any (?)", (Object) SERIES.toArray(String[]::new));
        }
        firstTraining = steps.stream()
                .filter(s -> s.name().equals("first training"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void runs_after_the_initial_load_and_trains_every_series_with_data() {
        assertThat(steps.indexOf(firstTraining))
                .isGreaterThan(steps.indexOf(steps.stream()
                        .filter(s -> s.name().equals("initial load"))
                        .findFirst()
                        .orElseThrow()));
        new TrainingFixture(jdbc).insert("corrib_production", TrainingFixture.START, LocalDate.of(2023, 6, 30), 0);

        firstTraining.run();

        assertThat(registry.championVersion("corrib_production")).contains(1);
        assertThat(count(
                        "select count(*) from training_run where trigger = 'bootstrap' and series_id = any (?)",
                        (Object) SERIES.toArray(String[]::new)))
                .isEqualTo(4);
    }

    @Test
    void fails_the_bootstrap_when_no_series_can_be_trained() {
        IllegalStateException e = assertThrows(IllegalStateException.class, firstTraining::run);

        assertThat(e.getMessage()).contains("no series could be trained");
    }
}
