package org.fantastictrain.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class EtsCodecTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static double[] gappyHistory() {
        double[] y = SyntheticSeries.levelTrendWeekly(8.0, 0.003, 0.4, 17).values(400);
        for (int t = 5; t < y.length; t += 13) {
            y[t] = Double.NaN;
        }
        return y;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> throughJson(Map<String, Object> parameters) {
        return JSON.readValue(JSON.writeValueAsString(parameters), Map.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = EtsForm.class,
            names = {"ANN", "AADN", "AAA", "AADA"})
    void round_trip_through_json_forecasts_bit_identically(EtsForm form) {
        EtsModel model = new EtsForecaster(EtsConfig.of(form)).fit(SyntheticSeries.series(gappyHistory()));
        EtsCodec codec = new EtsCodec();
        List<LocalDate> days = SyntheticSeries.days(-3, 400 + 366);

        FittedModel loaded =
                codec.fromParameters(throughJson(codec.parameters(model)), model.trainingStart(), model.trainingEnd());

        Forecast expected = model.predict(days, 0.8);
        Forecast actual = loaded.predict(days, 0.8);
        assertThat(actual.yhat()).isEqualTo(expected.yhat());
        assertThat(actual.yhatLower()).isEqualTo(expected.yhatLower());
        assertThat(actual.yhatUpper()).isEqualTo(expected.yhatUpper());
        assertThat(loaded.algorithm()).isEqualTo("ets");
        assertThat(((EtsModel) loaded).form()).isEqualTo(form);
    }

    @Test
    void refuses_malformed_parameters() {
        EtsModel model = new EtsForecaster(EtsConfig.of(EtsForm.ANA)).fit(SyntheticSeries.series(gappyHistory()));
        EtsCodec codec = new EtsCodec();
        LocalDate start = model.trainingStart();
        LocalDate end = model.trainingEnd();
        Map<String, Object> auto = new HashMap<>(codec.parameters(model));
        auto.put("form", "AUTO");
        Map<String, Object> shortSeason = new HashMap<>(codec.parameters(model));
        shortSeason.put("initial_season", new double[] {1, 2, 3});
        Map<String, Object> noAlpha = new HashMap<>(codec.parameters(model));
        noAlpha.remove("alpha");
        Map<String, Object> unknownForm = new HashMap<>(codec.parameters(model));
        unknownForm.put("form", "MAM");

        assertThrows(IllegalArgumentException.class, () -> codec.fromParameters(auto, start, end));
        assertThrows(IllegalArgumentException.class, () -> codec.fromParameters(shortSeason, start, end));
        assertThrows(IllegalArgumentException.class, () -> codec.fromParameters(noAlpha, start, end));
        assertThrows(IllegalArgumentException.class, () -> codec.fromParameters(unknownForm, start, end));
        assertThrows(IllegalArgumentException.class, () -> codec.parameters(null));
    }
}
