package org.fantastictrain.platform.system.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.Forecasters;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.eval.BacktestRow;
import org.fantastictrain.forecast.eval.CrossValidation;
import org.fantastictrain.forecast.eval.MetricsRow;
import org.fantastictrain.forecast.eval.PerformanceMetrics;
import org.fantastictrain.forecast.io.BacktestRows;
import org.fantastictrain.forecast.io.CsvSeriesReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backtest}: Prophet-style cross-validation of a model on any {@code ds,y} CSV, done by the
 * forecasting library alone (no Spring, no database). Writes one row per forecast to {@code --out}
 * ({@code ds,cutoff,y,yhat,yhat_lower,yhat_upper}) and prints a summary as one JSON object: model,
 * cutoffs, row count, the metrics ({@link PerformanceMetrics}, rolling window {@code --rolling-window})
 * at horizons 1, 7, 30 days and the last one, and the metrics over all rows (rolling window 1).
 * Bad arguments or input (missing file, malformed CSV, cutoffs out of order, too little history)
 * exit 2; a model that fails to fit exits 1.
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Backtest a model on a ds,y CSV (Prophet's cross-validation) and write one row per forecast:",
            "ds,cutoff,y,yhat,yhat_lower,yhat_upper. Cutoffs: --initial and --period (as Prophet generates",
            "them), or --cutoffs. Prints model, cutoffs, rows and metrics as one JSON object on stdout."
        })
public class BacktestCommand implements Callable<Integer> {
    /** Horizons (days) whose metrics the summary reports, besides the last one. */
    static final List<Long> SUMMARY_HORIZONS = List.of(1L, 7L, 30L);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--csv",
            required = true,
            paramLabel = "FILE",
            description = "Input CSV with a header naming ds and y (quoted or not, any row order).")
    Path csv;

    @Option(names = "--initial", paramLabel = "DAYS", description = "Training days before the first cutoff.")
    Integer initial;

    @Option(names = "--period", paramLabel = "DAYS", description = "Days between cutoffs.")
    Integer period;

    @Option(
            names = "--cutoffs",
            split = ",",
            converter = IsoDateConverter.class,
            paramLabel = "D1,D2,..",
            hideParamSyntax = true,
            description = "Custom cutoffs, yyyy-MM-dd, strictly increasing (instead of --initial/--period).")
    List<LocalDate> cutoffs;

    @Option(names = "--horizon", required = true, paramLabel = "DAYS", description = "Days forecast after each cutoff.")
    int horizon;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output CSV (created or replaced).")
    Path out;

    @Option(
            names = "--model",
            defaultValue = "auto",
            paramLabel = "NAME",
            description = "auto (default), prophet, ets, snaive or naive.")
    String model;

    @Option(
            names = "--rolling-window",
            defaultValue = "0.1",
            paramLabel = "F",
            description = "Share of rows in each metrics window (Prophet's rolling_window; default ${DEFAULT-VALUE}).")
    double rollingWindow;

    @Option(
            names = "--interval-width",
            defaultValue = "0.8",
            paramLabel = "W",
            description = "Interval width in (0, 1) (default ${DEFAULT-VALUE}).")
    double intervalWidth;

    private final CliIo io;

    public BacktestCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Forecaster forecaster;
        TimeSeries series;
        List<LocalDate> folds;
        try {
            checkOptions();
            forecaster = Forecasters.byName(model);
            series = CsvSeriesReader.read(csv);
            io.err()
                    .println("backtest: read " + series.size() + " days from " + csv + " (" + series.start() + " to "
                            + series.end() + ")");
            folds = cutoffs != null
                    ? List.copyOf(cutoffs)
                    : CrossValidation.prophetCutoffs(series, initial, period, horizon);
            CrossValidation.validateCutoffs(series, folds, horizon);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String modelName = model.trim().toLowerCase(Locale.ROOT);
        io.err()
                .println("backtest: model " + modelName + ", " + folds.size() + " cutoffs from " + folds.get(0) + " to "
                        + folds.get(folds.size() - 1) + ", horizon " + horizon + " days");
        List<BacktestRow> rows = CrossValidation.crossValidation(forecaster, series, folds, horizon, intervalWidth);
        if (rows.isEmpty()) {
            throw new IllegalStateException("no observed day to forecast after any cutoff");
        }
        BacktestRows.write(rows, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        io.err()
                .println(String.format(
                        Locale.ROOT, "backtest: wrote %d rows to %s in %.2f s", rows.size(), out, seconds));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", modelName);
        result.put("csv", csv.toString());
        result.put("out", out.toString());
        result.put("observations", series.size());
        result.put("horizon_days", horizon);
        if (cutoffs == null) {
            result.put("initial_days", initial);
            result.put("period_days", period);
        }
        result.put("interval_width", intervalWidth);
        result.put("cutoffs", folds.stream().map(LocalDate::toString).toList());
        result.put("rows", rows.size());
        result.put("rolling_window", rollingWindow);
        result.put("metrics", summary(PerformanceMetrics.compute(rows, rollingWindow)));
        result.put("overall", metrics(PerformanceMetrics.compute(rows, 1.0).get(0)));
        result.put("seconds", Math.round(seconds * 1000) / 1000.0);
        io.out().println(JSON.writeValueAsString(result));
        io.out().flush();
        return 0;
    }

    private void checkOptions() {
        boolean prophet = initial != null || period != null;
        if (prophet && cutoffs != null) {
            throw new IllegalArgumentException("give either --initial and --period, or --cutoffs, not both");
        }
        if (!prophet && cutoffs == null) {
            throw new IllegalArgumentException("give --initial and --period, or --cutoffs");
        }
        if (prophet && (initial == null || period == null)) {
            throw new IllegalArgumentException("--initial and --period go together");
        }
        if (horizon <= 0) {
            throw new IllegalArgumentException("--horizon must be > 0 days: " + horizon);
        }
        if (!(intervalWidth > 0 && intervalWidth < 1)) {
            throw new IllegalArgumentException("--interval-width must be in (0, 1): " + intervalWidth);
        }
        if (!(rollingWindow <= 1) || Double.isNaN(rollingWindow)) {
            throw new IllegalArgumentException("--rolling-window must be at most 1: " + rollingWindow);
        }
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("--csv " + csv + ": file not found");
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out " + out + ": directory " + dir + " does not exist");
        }
    }

    /** The metrics at the summary horizons (the first row at or after each) and at the last horizon. */
    static List<Map<String, Object>> summary(List<MetricsRow> byHorizon) {
        List<MetricsRow> picked = new ArrayList<>();
        for (long h : SUMMARY_HORIZONS) {
            byHorizon.stream().filter(m -> m.horizonDays() >= h).findFirst().ifPresent(m -> {
                if (!picked.contains(m)) {
                    picked.add(m);
                }
            });
        }
        MetricsRow last = byHorizon.get(byHorizon.size() - 1);
        if (!picked.contains(last)) {
            picked.add(last);
        }
        return picked.stream().map(BacktestCommand::metrics).toList();
    }

    private static Map<String, Object> metrics(MetricsRow m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("horizon_days", m.horizonDays());
        row.put("mse", finite(m.mse()));
        row.put("rmse", finite(m.rmse()));
        row.put("mae", finite(m.mae()));
        row.put("mape", finite(m.mape()));
        row.put("mdape", finite(m.mdape()));
        row.put("smape", finite(m.smape()));
        row.put("coverage", finite(m.coverage()));
        return row;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
