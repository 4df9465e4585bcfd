package org.fantastictrain.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    @Test
    void matches_published_quantiles() {
        assertThat(NormalQuantile.quantile(0.5)).isEqualTo(0.0);
        assertThat(NormalQuantile.quantile(0.9)).isCloseTo(1.2815515655446004, within(1e-15));
        assertThat(NormalQuantile.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-15));
        assertThat(NormalQuantile.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-13));
        assertThat(NormalQuantile.centralMultiplier(0.8)).isEqualTo(NormalQuantile.quantile(0.9));
    }

    @Test
    void is_antisymmetric_around_one_half() {
        for (double p = 0.01; p < 0.5; p += 0.01) {
            assertThat(NormalQuantile.quantile(1 - p)).isCloseTo(-NormalQuantile.quantile(p), within(1e-12));
        }
    }

    @Test
    void rejects_probabilities_outside_zero_one() {
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.quantile(0.0));
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.quantile(1.0));
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.centralMultiplier(1.5));
    }
}
