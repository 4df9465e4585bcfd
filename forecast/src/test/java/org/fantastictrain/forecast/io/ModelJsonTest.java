package org.fantastictrain.forecast.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Forecasters;
import org.fantastictrain.forecast.Synthetic;
import org.fantastictrain.forecast.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelJsonTest {
    private final ModelJson json = ModelJson.standard();

    private static TimeSeries history() {
        double[] y = Synthetic.series(
                        800, i -> 30 + 0.01 * i + Synthetic.yearly(i, 3) + Synthetic.weekly(i, 2), 0.8, 41)
                .values();
        for (int i = 5; i < y.length; i += 37) {
            y[i] = Double.NaN;
        }
        return TimeSeries.of(Synthetic.series(800, i -> 0, 0, 0).dates(), y);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto", "prophet", "ets", "snaive", "naive"})
    void every_algorithm_round_trips_to_bit_identical_forecasts(String name) {
        FittedModel model = Forecasters.byName(name).fit(history());
        String text = json.write(model);
        FittedModel back = json.read(text);

        List<LocalDate> days = Synthetic.days(790, 800 + 366);
        Forecast a = model.predict(days, 0.9);
        Forecast b = back.predict(days, 0.9);
        assertThat(back.algorithm()).isEqualTo(name);
        assertThat(back.trainingStart()).isEqualTo(model.trainingStart());
        assertThat(back.trainingEnd()).isEqualTo(model.trainingEnd());
        assertThat(b.yhat()).isEqualTo(a.yhat());
        assertThat(b.yhatLower()).isEqualTo(a.yhatLower());
        assertThat(b.yhatUpper()).isEqualTo(a.yhatUpper());
        assertThat(text).startsWith("{\"format_version\":1,\"algorithm\":\"" + name + "\"");
        assertThat(json.write(back)).isEqualTo(text);
    }

    @Test
    void refuses_unknown_versions_and_algorithms_and_garbage() {
        String text = json.write(Forecasters.byName("naive").fit(history()));
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> json.read(text.replace("\"format_version\":1", "\"format_version\":2")))
                        .getMessage())
                .contains("format_version");
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> json.read(text.replace("\"algorithm\":\"naive\"", "\"algorithm\":\"magic\"")))
                        .getMessage())
                .contains("unknown algorithm 'magic'");
        assertThat(assertThrows(IllegalArgumentException.class, () -> json.read("{not json"))
                        .getMessage())
                .contains("malformed");
        assertThrows(IllegalArgumentException.class, () -> json.read("{\"format_version\":1,\"algorithm\":\"naive\"}"));
    }
}
