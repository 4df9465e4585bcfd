package org.fantastictrain.platform.training.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.training.domain.CandidateSpec;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    @Test
    void the_default_candidate_is_the_automatic_model() {
        assertThat(TrainingConfig.candidates(new TrainingProperties())).containsExactly(CandidateSpec.of("auto"));
    }

    @Test
    void a_grid_adds_every_combination_with_typed_values() {
        TrainingProperties p = new TrainingProperties();
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("changepoint_prior_scale", List.of("0.01", "0.1"));
        axes.put("robust", List.of("true", "false"));
        p.getGrid().put("prophet", axes);

        List<CandidateSpec> candidates = TrainingConfig.candidates(p);

        assertThat(candidates).hasSize(5).first().isEqualTo(CandidateSpec.of("auto"));
        assertThat(candidates)
                .contains(
                        new CandidateSpec("prophet", Map.of("changepoint_prior_scale", 0.01, "robust", true)),
                        new CandidateSpec("prophet", Map.of("changepoint_prior_scale", 0.1, "robust", false)));
    }
}
