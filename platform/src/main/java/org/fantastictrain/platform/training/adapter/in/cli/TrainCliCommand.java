package org.fantastictrain.platform.training.adapter.in.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.system.cli.ApplicationLauncher;
import org.fantastictrain.platform.system.cli.CliIo;
import org.fantastictrain.platform.training.adapter.in.web.TrainingRunResponse;
import org.fantastictrain.platform.training.application.port.in.TrainSeriesUseCase;
import org.fantastictrain.platform.training.domain.RunStatus;
import org.fantastictrain.platform.training.domain.TrainingRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code train [--series S|all]}: trains without the web server and prints one JSON object on
 * stdout (the run, or {@code {"trainings": [...]}} for {@code all}); progress on stderr. Exit 0 when
 * every run completed (promoted or rejected), 1 with a one-line reason when one failed.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train challengers, backtest them against the champion on the same folds and promote if better.")
public class TrainCliCommand implements Callable<Integer> {
    public static final int EXIT_TRAINING_FAILED = 1;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--series",
            paramLabel = "S|all",
            defaultValue = "corrib_production",
            description = "Series id, or 'all' for the four series (default: ${DEFAULT-VALUE}).")
    String series;

    private final CliIo io;

    public TrainCliCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<String> targets = targets();
        return ApplicationLauncher.runJob(io, context -> {
            TrainSeriesUseCase training = context.getBean(TrainSeriesUseCase.class);
            JsonMapper json = context.getBean(JsonMapper.class);
            io.err().println("training " + String.join(", ", targets) + " ...");
            List<TrainingRun> runs = targets.size() == 1
                    ? List.of(training.trainSeries(targets.get(0), "cli"))
                    : training.trainAll(targets, "cli");
            for (TrainingRun r : runs) {
                io.err()
                        .println(r.series() + ": run " + r.id() + " " + r.decision()
                                + (r.challenger() == null
                                        ? ""
                                        : " (version " + r.challenger().version() + ")") + " - "
                                + r.reason());
            }
            Object result = !series.equals("all")
                    ? TrainingRunResponse.of(runs.get(0))
                    : Map.of(
                            "trainings",
                            runs.stream().map(TrainingRunResponse::of).toList());
            io.out().println(json.writeValueAsString(result));
            io.out().flush();
            List<TrainingRun> failed =
                    runs.stream().filter(r -> r.status() == RunStatus.FAILED).toList();
            if (!failed.isEmpty()) {
                io.err()
                        .println("train failed: "
                                + String.join(
                                        "; ",
                                        failed.stream()
                                                .map(r -> r.series() + ": "
                                                        + r.reason().replaceAll("\\s+", " "))
                                                .toList()));
                return EXIT_TRAINING_FAILED;
            }
            return 0;
        });
    }

    private List<String> targets() {
        if (series.equals("all")) {
            return Arrays.stream(SeriesId.values()).map(SeriesId::id).toList();
        }
        if (SeriesId.fromId(series).isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "unknown series '" + series + "', expected one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(SeriesId.values())
                                            .map(SeriesId::id)
                                            .toList()) + " or all");
        }
        return List.of(series);
    }
}
