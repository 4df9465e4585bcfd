package org.fantastictrain.forecast.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.io.CsvSeriesReader;

/** Prophet's example series and the two evaluation protocols of its documentation. */
public final class PeytonManning {
    /** Prophet's diagnostics protocol. */
    public static final int INITIAL = 730;

    public static final int PERIOD = 180;
    public static final int HORIZON = 365;
    /** Prophet's tuning protocol: these cutoffs, 30 days, RMSE over the whole horizon. */
    public static final List<LocalDate> TUNING_CUTOFFS =
            List.of(LocalDate.of(2013, 2, 15), LocalDate.of(2013, 8, 15), LocalDate.of(2014, 2, 15));

    public static final int TUNING_HORIZON = 30;

    private PeytonManning() {}

    public static TimeSeries series() {
        return resource("peyton_manning.csv");
    }

    /** A series from the test resources' data folder. */
    public static TimeSeries resource(String file) {
        try (InputStream in = PeytonManning.class.getResourceAsStream("/data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("data/" + file + " is not on the test classpath");
            }
            return CsvSeriesReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
