package org.fantastictrain.platform.execution.adapter.in.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.fantastictrain.platform.execution.adapter.in.web.ForecastResponse;
import org.fantastictrain.platform.execution.application.port.in.FlushServedForecastLog;
import org.fantastictrain.platform.execution.application.port.in.ForecastCommand;
import org.fantastictrain.platform.execution.application.port.in.ForecastUseCase;
import org.fantastictrain.platform.execution.domain.Channel;
import org.fantastictrain.platform.execution.domain.DateRange;
import org.fantastictrain.platform.execution.domain.ForecastPoint;
import org.fantastictrain.platform.execution.domain.InvalidForecastRequestException;
import org.fantastictrain.platform.execution.domain.ServedForecast;
import org.fantastictrain.platform.execution.domain.UnknownSeriesException;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.system.cli.ApplicationLauncher;
import org.fantastictrain.platform.system.cli.CliIo;
import org.fantastictrain.platform.system.cli.IsoDateConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code predict}: the champion's forecast for a date range on stdout (one JSON object, or CSV),
 * logged like a forecast served over HTTP (channel {@code cli}); the log is flushed before exit.
 */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        description = "Forecast a date range with the champion model; the forecast is logged.")
public class PredictCliCommand implements Callable<Integer> {
    static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--from",
            required = true,
            converter = IsoDateConverter.class,
            paramLabel = "D",
            description = "First day, yyyy-MM-dd.")
    LocalDate from;

    @Option(
            names = "--to",
            required = true,
            converter = IsoDateConverter.class,
            paramLabel = "D",
            description = "Last day, yyyy-MM-dd (inclusive).")
    LocalDate to;

    @Option(names = "--series", paramLabel = "S", description = "Series id (default: corrib_production).")
    String series;

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "json|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--interval-width",
            paramLabel = "W",
            description = "Interval width in (0, 1) (default: ft.execution.interval-width, 0.8).")
    Double intervalWidth;

    private final CliIo io;

    public PredictCliCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        String output = format.toLowerCase(Locale.ROOT);
        ForecastCommand command;
        try {
            if (!output.equals("json") && !output.equals("csv")) {
                throw new InvalidForecastRequestException("--format must be json or csv, not '" + format + "'");
            }
            if (series != null && SeriesId.fromId(series).isEmpty()) {
                throw new UnknownSeriesException(series);
            }
            command = ForecastCommand.ofRange(
                    series,
                    new DateRange(from, to),
                    intervalWidth,
                    Channel.CLI,
                    UUID.randomUUID().toString());
        } catch (InvalidForecastRequestException | UnknownSeriesException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return ApplicationLauncher.runJob(io, context -> {
            ServedForecast served = context.getBean(ForecastUseCase.class).forecast(command);
            if (output.equals("csv")) {
                printCsv(served, io.out());
            } else {
                io.out().println(context.getBean(JsonMapper.class).writeValueAsString(ForecastResponse.of(served)));
            }
            io.out().flush();
            if (!context.getBean(FlushServedForecastLog.class).flush(FLUSH_TIMEOUT)) {
                io.err()
                        .println(
                                "predict: the forecast could not be logged within " + FLUSH_TIMEOUT.toSeconds() + " s");
            }
            return 0;
        });
    }

    static void printCsv(ServedForecast served, PrintStream out) {
        out.println("ds,kind,yhat,yhat_lower,yhat_upper,y");
        for (ForecastPoint p : served.points()) {
            out.println(p.ds() + "," + p.kind().code() + "," + p.yhat() + "," + p.yhatLower() + "," + p.yhatUpper()
                    + "," + (p.y() == null ? "" : p.y().toString()));
        }
    }
}
