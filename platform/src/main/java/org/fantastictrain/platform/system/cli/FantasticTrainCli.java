package org.fantastictrain.platform.system.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fantastictrain.platform.control.adapter.in.cli.ControlCliCommand;
import org.fantastictrain.platform.execution.adapter.in.cli.PredictCliCommand;
import org.fantastictrain.platform.ingest.adapter.in.cli.LoadCliCommand;
import org.fantastictrain.platform.replay.adapter.cli.SimulateCliCommand;
import org.fantastictrain.platform.training.adapter.in.cli.TrainCliCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The executable jar's entry point. No arguments or {@code serve} start the web server; the other
 * subcommands do one job and exit: 0 on success, non-zero with a one-line reason on stderr.
 * Each command starts the Spring application itself, only if it needs it: {@code backtest} is
 * pure library work and never starts Spring or a database.
 */
@Command(
        name = "fantastic-train",
        mixinStandardHelpOptions = true,
        version = "fantastic-train 0.1.0",
        description = {
            "A forecasting platform for GNI daily gas supply: ingestion, training, serving, control.",
            "Without a command, starts the server (same as 'serve')."
        })
public final class FantasticTrainCli implements Callable<Integer> {
    static final int EXIT_USAGE = 2;
    static final int EXIT_FAILED = 1;

    private final CliIo io;
    private final ServeCommand serve;

    public FantasticTrainCli(CliIo io) {
        this.io = io;
        this.serve = new ServeCommand(io);
    }

    public static void main(String[] args) {
        FantasticTrainCli cli = new FantasticTrainCli(CliIo.system());
        int code = cli.execute(args);
        if (!cli.serving()) {
            System.exit(code);
        }
    }

    /** Runs a command line and returns its exit code (the server, if started, keeps running). */
    public int execute(String... args) {
        CommandLine commandLine = new CommandLine(this)
                .addSubcommand(serve)
                .addSubcommand(LoadCliCommand.commandLine(io))
                .addSubcommand(new TrainCliCommand(io))
                .addSubcommand(new PredictCliCommand(io))
                .addSubcommand(new BacktestCommand(io))
                .addSubcommand(new ControlCliCommand(io))
                .addSubcommand(new SimulateCliCommand(io));
        commandLine.setOut(new PrintWriter(io.out(), true));
        commandLine.setErr(new PrintWriter(io.err(), true));
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            io.err()
                    .println(e.getCommandLine().getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage())
                            + " (see --help)");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            io.err().println(cmd.getCommandSpec().qualifiedName() + ": " + reason(e));
            return EXIT_FAILED;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        return serve.call();
    }

    boolean serving() {
        return serve.started();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return oneLine(message);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
