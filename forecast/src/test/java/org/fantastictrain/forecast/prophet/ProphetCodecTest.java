package org.fantastictrain.forecast.prophet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Synthetic;
import org.fantastictrain.forecast.TimeSeries;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProphetCodecTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> throughJson(Map<String, Object> p) {
        return JSON.readValue(JSON.writeValueAsString(p), Map.class);
    }

    @Test
    void round_trip_through_json_forecasts_bit_identically() {
        TimeSeries s =
                Synthetic.series(900, i -> 40 + 0.01 * i + Synthetic.yearly(i, 4) + Synthetic.weekly(i, 2), 0.7, 11);
        ProphetConfig config = ProphetConfig.builder()
                .addSeasonality("monthly", 30.5, 3)
                .irishHolidays(true)
                .holidays(List.of(
                        new Holiday("launch", LocalDate.of(2018, 9, 3), -2, 1),
                        Holiday.on("launch", LocalDate.of(2019, 9, 2))))
                .seasonalityMode(SeasonalityMode.MULTIPLICATIVE)
                .robust(true)
                .residualCorrection(true)
                .build();
        ProphetModel model = new ProphetForecaster(config).fit(s);
        ProphetCodec codec = new ProphetCodec();

        FittedModel back =
                codec.fromParameters(throughJson(codec.parameters(model)), model.trainingStart(), model.trainingEnd());

        List<LocalDate> days = Synthetic.days(-10, 900 + 366);
        Forecast a = model.predict(days, 0.8);
        Forecast b = back.predict(days, 0.8);
        assertThat(b.yhat()).isEqualTo(a.yhat());
        assertThat(b.yhatLower()).isEqualTo(a.yhatLower());
        assertThat(b.yhatUpper()).isEqualTo(a.yhatUpper());
        assertThat(((ProphetModel) back).config()).isEqualTo(config);
    }

    @Test
    void refuses_malformed_parameters() {
        TimeSeries s = Synthetic.series(60, i -> 5 + Synthetic.weekly(i, 1), 0.1, 12);
        ProphetModel model =
                new ProphetForecaster(ProphetConfig.builder().yearlyOrder(0).build()).fit(s);
        ProphetCodec codec = new ProphetCodec();
        Map<String, Object> p = new HashMap<>(codec.parameters(model));
        p.put("theta", new double[] {1, 2});
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> codec.fromParameters(p, model.trainingStart(), model.trainingEnd()))
                        .getMessage())
                .contains("coefficient");
        p.remove("theta");
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> codec.fromParameters(p, model.trainingStart(), model.trainingEnd()))
                        .getMessage())
                .contains("theta");
    }
}
