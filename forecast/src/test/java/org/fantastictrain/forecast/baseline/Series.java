package org.fantastictrain.forecast.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.TimeSeries;
import tools.jackson.databind.json.JsonMapper;

/** Test-data builders for daily series. */
final class Series {
    static final LocalDate START = LocalDate.of(2020, 1, 6); // a Monday

    private Series() {}

    /** Consecutive days from {@link #START}. */
    static TimeSeries daily(double... values) {
        LocalDate[] ds = new LocalDate[values.length];
        for (int i = 0; i < values.length; i++) {
            ds[i] = START.plusDays(i);
        }
        return TimeSeries.of(ds, values);
    }

    /** {@code weeks} repetitions of the weekly pattern. */
    static TimeSeries weekly(int weeks, double... pattern) {
        double[] values = new double[weeks * pattern.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = pattern[i % pattern.length];
        }
        return daily(values);
    }

    static List<LocalDate> days(LocalDate first, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(first.plusDays(i));
        }
        return days;
    }

    /** The parameters as they come back after writing them as JSON text and reading it again. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> throughJson(Map<String, Object> parameters) {
        JsonMapper mapper = JsonMapper.builder().build();
        return mapper.readValue(mapper.writeValueAsString(parameters), Map.class);
    }
}
