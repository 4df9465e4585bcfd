package org.fantastictrain.platform.ingest.adapter.in.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.fantastictrain.platform.ingest.adapter.in.web.LoadRunResponse;
import org.fantastictrain.platform.ingest.application.port.in.LoadCommand;
import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.domain.InitialLoadRange;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.system.cli.ApplicationLauncher;
import org.fantastictrain.platform.system.cli.CliIo;
import org.fantastictrain.platform.system.cli.IsoDateConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code load initial|incremental}: runs one load without the web server and prints the run as one
 * JSON object on stdout. Exit 0 when it succeeded, 1 when it failed (the reason on stderr).
 */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Load GNI daily supply data into the database.")
public class LoadCliCommand implements Callable<Integer> {
    public static final int EXIT_LOAD_FAILED = 1;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: initial or incremental");
    }

    /** Adds {@code load} with its subcommands to a command line. */
    public static CommandLine commandLine(CliIo io) {
        return new CommandLine(new LoadCliCommand())
                .addSubcommand(new Initial(io))
                .addSubcommand(new Incremental(io));
    }

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--source",
                defaultValue = LoadCommand.DEFAULT_SOURCE,
                paramLabel = "S",
                description = "bundled (default, synthetic), gni-url[:URL], or file:PATH (GNI JSON or CSV).")
        String source;

        private final CliIo io;

        Base(CliIo io) {
            this.io = io;
        }

        abstract LoadCommand command();

        @Override
        public Integer call() {
            LoadCommand command;
            try {
                command = command();
                SourceSpecCheck.check(command.source());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            return ApplicationLauncher.runJob(io, context -> {
                LoadRun run = context.getBean(LoadDataUseCase.class).load(command);
                JsonMapper json = context.getBean(JsonMapper.class);
                io.out().println(json.writeValueAsString(LoadRunResponse.of(run)));
                io.out().flush();
                if (!run.succeeded()) {
                    io.err().println("load failed: " + run.error());
                    return EXIT_LOAD_FAILED;
                }
                return 0;
            });
        }
    }

    @Command(
            name = "initial",
            mixinStandardHelpOptions = true,
            description = "The initial load, by default 2018-01-01..2023-06-30.")
    static class Initial extends Base {
        @Option(
                names = "--from",
                converter = IsoDateConverter.class,
                paramLabel = "D",
                description = "First day (default: 2018-01-01).")
        LocalDate from;

        @Option(
                names = "--to",
                converter = IsoDateConverter.class,
                paramLabel = "D",
                description = "Last day (default: 2023-06-30).")
        LocalDate to;

        Initial(CliIo io) {
            super(io);
        }

        @Override
        LoadCommand command() {
            return LoadCommand.initial(
                    from == null ? InitialLoadRange.FROM : from, to == null ? InitialLoadRange.TO : to, source);
        }
    }

    @Command(name = "incremental", mixinStandardHelpOptions = true, description = "Load the days --from..--to.")
    static class Incremental extends Base {
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

        Incremental(CliIo io) {
            super(io);
        }

        @Override
        LoadCommand command() {
            return LoadCommand.incremental(from, to, source);
        }
    }
}
