package org.fantastictrain.platform.replay.adapter.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fantastictrain.platform.replay.application.ReplayService;
import org.fantastictrain.platform.replay.application.port.in.PreparedReplay;
import org.fantastictrain.platform.replay.application.port.in.ReplayCommand;
import org.fantastictrain.platform.replay.domain.ReplayRun;
import org.fantastictrain.platform.replay.domain.ReplayStatus;
import org.fantastictrain.platform.system.cli.ApplicationLauncher;
import org.fantastictrain.platform.system.cli.CliIo;
import org.fantastictrain.platform.system.cli.IsoDateConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code simulate --from D --to D [--series S|all] [--report DIR] [--reset]}: replays the loop day by
 * day on the virtual clock without web server or wall-clock scheduler. Progress on stderr, the
 * summary as one JSON object on stdout. Ctrl-C stops at the end of the current day; the same
 * command resumes.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Replay the whole loop over a past period on a virtual clock and write a report.",
            "Each day: daily load (up to the day before), training when ft.jobs.training.cron fires, daily forecast"
                    + " and control. Ctrl-C stops at a day boundary; the same command resumes."
        })
public class SimulateCliCommand implements Callable<Integer> {
    public static final int EXIT_REFUSED = 3;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--from",
            required = true,
            converter = IsoDateConverter.class,
            paramLabel = "D",
            description = "First business day to replay.")
    LocalDate from;

    @Option(
            names = "--to",
            required = true,
            converter = IsoDateConverter.class,
            paramLabel = "D",
            description = "Last business day to replay (at most the source's last day).")
    LocalDate to;

    @Option(
            names = "--series",
            paramLabel = "S|all",
            defaultValue = "corrib_production",
            description =
                    "Series to train, forecast and report, or 'all' (default: ${DEFAULT-VALUE}). Loads always bring every series.")
    String series;

    @Option(names = "--report", paramLabel = "DIR", description = "Write DIR/index.html and DIR/summary.json.")
    Path report;

    @Option(
            names = "--reset",
            description = "First delete the platform's data (loads, observations, models, trainings,"
                    + " forecasts, evaluations, alarms, job and replay runs) and replay from a fresh database.")
    boolean reset;

    private final CliIo io;

    public SimulateCliCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!"all".equals(series)) {
            try {
                ReplayService.scope(series);
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Map<String, Object> properties = new HashMap<>(io.properties());
        // Ctrl-C is handled here (stop at a day boundary), then the context closes normally.
        properties.put("spring.main.register-shutdown-hook", "false");
        properties.putIfAbsent("logging.level.org.fantastictrain", "WARN");
        CliIo quiet = new CliIo(io.out(), io.err(), properties);
        long started = System.nanoTime();
        return ApplicationLauncher.runJob(quiet, context -> {
            ReplayService replays = context.getBean(ReplayService.class);
            JsonMapper json = context.getBean(JsonMapper.class);
            PreparedReplay prepared;
            try {
                prepared = replays.prepare(new ReplayCommand(from, to, series, reset, Optional.ofNullable(report)));
            } catch (org.fantastictrain.platform.replay.domain.ReplayRefusedException e) {
                io.err().println("simulate: " + e.getMessage());
                return EXIT_REFUSED;
            }
            if (!prepared.deleted().isEmpty()) {
                io.err().println("reset: deleted " + prepared.deleted());
            }
            ReplayRun run = prepared.run();
            io.err()
                    .println((prepared.resumed() ? "resuming" : "replaying") + " " + run.from() + ".." + run.to() + " ("
                            + series + ", replay " + run.id() + ")"
                            + (prepared.resumed() ? " at " + run.nextDay() : ""));
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(
                    () -> {
                        replays.requestStop();
                        io.err().println("\nstopping at the end of the current day ...");
                        try {
                            finished.await(10, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "replay-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            ReplayRun done;
            try {
                done = replays.run(prepared, r -> progress(r, started));
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: the JVM exits once the context is closed.
                }
            }
            io.err().println();
            Map<String, Object> result = new LinkedHashMap<>(done.summary());
            result.put("status", done.status().name());
            result.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
            if (report != null && done.status() != ReplayStatus.FAILED) {
                result.put("report", report.resolve("index.html").toString());
            }
            io.out().println(json.writeValueAsString(result));
            io.out().flush();
            return done.status() == ReplayStatus.FAILED ? 1 : 0;
        });
    }

    private void progress(ReplayRun r, long started) {
        long total = r.totalDays();
        long done =
                r.currentDay() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(r.from(), r.currentDay()) + 1;
        int width = 30;
        int filled = (int) (width * done / Math.max(1, total));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        io.err()
                .printf(
                        "\r[%s%s] %s %d/%d days | loads %d | trainings %d | promotions %d | rejections %d | alarms %d | %ds ",
                        "#".repeat(filled),
                        " ".repeat(width - filled),
                        r.currentDay(),
                        done,
                        total,
                        r.counts().loads(),
                        r.counts().trainings(),
                        r.counts().promotions(),
                        r.counts().rejections(),
                        r.counts().alarms(),
                        elapsed.toSeconds());
        io.err().flush();
    }
}
