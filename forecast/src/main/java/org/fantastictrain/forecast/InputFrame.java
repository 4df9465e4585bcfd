package org.fantastictrain.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * The model's input for a list of days, one row per day: exactly the features the fitted model
 * multiplies by its coefficients (trend time index, Fourier terms, holiday flags, ...).
 *
 * @param columns feature names, in the order of each row's values
 * @param ds the days
 * @param rows one array of {@code columns.size()} values per day
 */
public record InputFrame(List<String> columns, List<LocalDate> ds, List<double[]> rows) {
    public InputFrame {
        columns = List.copyOf(columns);
        ds = List.copyOf(ds);
        rows = List.copyOf(rows);
        if (rows.size() != ds.size()) {
            throw new IllegalArgumentException("one row per day expected");
        }
    }
}
