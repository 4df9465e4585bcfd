package org.fantastictrain.forecast.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.eval.*;
import org.fantastictrain.forecast.io.CsvSeriesReader;
import org.fantastictrain.forecast.prophet.*;

public class Scratch {
    public static void main(String[] a) {
        TimeSeries s = CsvSeriesReader.read(Path.of("src/test/resources/data/peyton_manning.csv"));
        for (int[] c : new int[][]{{60,30,5},{60,30,10},{60,60,6},{30,30,12}}) {
            run("auto " + java.util.Arrays.toString(c), new org.fantastictrain.forecast.auto.AutoForecaster(org.fantastictrain.forecast.auto.DefaultCandidates::forHistory, c[0], c[1], c[2]), s);
        }
    }

    static void run(String name, Forecaster f, TimeSeries s) {
        long t0 = System.nanoTime();
        List<BacktestRow> rows = CrossValidation.crossValidation(f, s, 730, 180, 365);
        long t1 = System.nanoTime();
        List<MetricsRow> m = PerformanceMetrics.compute(rows, 0.1);
        MetricsRow r = PerformanceMetrics.atHorizon(m, 37);
        MetricsRow last = m.get(m.size() - 1);
        List<LocalDate> cuts = List.of(LocalDate.parse("2013-02-15"), LocalDate.parse("2013-08-15"), LocalDate.parse("2014-02-15"));
        List<MetricsRow> m30 = PerformanceMetrics.compute(CrossValidation.crossValidation(f, s, cuts, 30), 1);
        System.out.printf("%-22s rmse37 %.4f mape %.4f cov %.3f | h365 rmse %.3f cov %.3f | tune30 rmse %.4f cov %.3f | %d ms%n", name, r.rmse(), r.mape(), r.coverage(),
            last.rmse(), last.coverage(), m30.get(0).rmse(), m30.get(0).coverage(), (t1 - t0) / 1_000_000);
    }
}
