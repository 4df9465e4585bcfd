package org.fantastictrain.forecast.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.auto.AutoForecaster;
import org.fantastictrain.forecast.eval.BacktestRow;
import org.fantastictrain.forecast.eval.CrossValidation;
import org.fantastictrain.forecast.io.CsvSeriesReader;
import org.fantastictrain.forecast.prophet.ProphetConfig;
import org.fantastictrain.forecast.prophet.ProphetForecaster;
import org.fantastictrain.forecast.prophet.ProphetModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The forecast engine's speed bars on Peyton Manning (2,905 days): one fit of the fixed-configuration
 * Prophet-class model, Prophet's 11-cutoff protocol with it and with the automatic model, and a
 * 366-day forecast with intervals. Run as documented in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmarks {
    private TimeSeries peyton;
    private ProphetForecaster prophet;
    private ProphetForecaster prophetDefaults;
    private ProphetModel fitted;
    private List<LocalDate> nextYear;

    @Setup
    public void setUp() {
        peyton = peyton();
        // the fixed configuration: Prophet's defaults plus robust fitting and residual correction
        // (Forecasters.byName("prophet"))
        prophet = new ProphetForecaster(
                ProphetConfig.builder().robust(true).residualCorrection(true).build());
        prophetDefaults = new ProphetForecaster(ProphetConfig.prophetDefaults());
        fitted = prophet.fit(peyton);
        nextYear = new ArrayList<>();
        for (int i = 1; i <= 366; i++) {
            nextYear.add(peyton.end().plusDays(i));
        }
    }

    static TimeSeries peyton() {
        try (InputStream in = EngineBenchmarks.class.getResourceAsStream("/data/peyton_manning.csv")) {
            return CsvSeriesReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public ProphetModel prophetFit() {
        return prophet.fit(peyton);
    }

    /** Prophet's exact defaults (no robust rounds): the like-for-like comparison with Prophet's 1.33 s. */
    @Benchmark
    public ProphetModel prophetDefaultsFit() {
        return prophetDefaults.fit(peyton);
    }

    @Benchmark
    public Forecast prophetPredict366WithIntervals() {
        return fitted.predict(nextYear, 0.8);
    }

    @Benchmark
    public List<BacktestRow> prophetProtocol() {
        return CrossValidation.crossValidation(prophet, peyton, 730, 180, 365);
    }

    @Benchmark
    public List<BacktestRow> autoProtocol() {
        return CrossValidation.crossValidation(new AutoForecaster(), peyton, 730, 180, 365);
    }
}
