package org.fantastictrain.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.ModelCodec;
import org.fantastictrain.forecast.TimeSeries;
import org.junit.jupiter.api.Test;

class BaselineCodecTest {

    private static TimeSeries noisyWeekly() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i * 0.9) * 3.1 + (i % 7) * 0.37 + 1.0 / (i + 3);
        }
        values[40] = Double.NaN;
        values[99] = Double.NaN;
        return Series.daily(values);
    }

    private static void assertRoundTripIsBitIdentical(Forecaster forecaster, ModelCodec codec) {
        FittedModel model = forecaster.fit(noisyWeekly());
        List<LocalDate> days = Series.days(Series.START.minusDays(2), 200);

        Map<String, Object> json = Series.throughJson(codec.parameters(model));
        FittedModel loaded = codec.fromParameters(json, model.trainingStart(), model.trainingEnd());

        Forecast expected = model.predict(days, 0.8);
        Forecast actual = loaded.predict(days, 0.8);
        assertThat(actual.yhat()).isEqualTo(expected.yhat());
        assertThat(actual.yhatLower()).isEqualTo(expected.yhatLower());
        assertThat(actual.yhatUpper()).isEqualTo(expected.yhatUpper());
        assertThat(loaded.algorithm()).isEqualTo(model.algorithm());
        assertThat(codec.algorithm()).isEqualTo(model.algorithm());
    }

    @Test
    void naive_round_trip_through_json_forecasts_bit_identically() {
        assertRoundTripIsBitIdentical(new NaiveForecaster(), new NaiveCodec());
    }

    @Test
    void seasonal_naive_round_trip_through_json_forecasts_bit_identically() {
        assertRoundTripIsBitIdentical(new SeasonalNaiveForecaster(), new SeasonalNaiveCodec());
    }

    @Test
    void codecs_refuse_other_models_and_malformed_parameters() {
        FittedModel naive = new NaiveForecaster().fit(noisyWeekly());
        Map<String, Object> parameters = new HashMap<>(new NaiveCodec().parameters(naive));
        parameters.remove("sigma");
        LocalDate start = naive.trainingStart();
        LocalDate end = naive.trainingEnd();

        assertThrows(IllegalArgumentException.class, () -> new SeasonalNaiveCodec().parameters(naive));
        assertThrows(IllegalArgumentException.class, () -> new NaiveCodec().fromParameters(parameters, start, end));
        assertThrows(
                IllegalArgumentException.class, () -> new SeasonalNaiveCodec().fromParameters(Map.of(), start, end));
    }
}
