package org.fantastictrain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ForecastersTest {

    @Test
    void knows_every_documented_name_and_no_other() {
        for (String name : Forecasters.NAMES) {
            assertThat(Forecasters.byName(name).algorithm()).isEqualTo(name);
        }
        assertThat(Forecasters.byName(" AUTO ").algorithm()).isEqualTo("auto");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Forecasters.byName("arima"))
                        .getMessage())
                .contains("auto, prophet, ets, snaive, naive");
    }
}
