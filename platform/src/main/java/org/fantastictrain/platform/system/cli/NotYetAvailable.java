package org.fantastictrain.platform.system.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Commands of the contract whose capability has not landed yet: they say so and exit 2. */
final class NotYetAvailable {
    static final int EXIT_CODE = 2;

    private NotYetAvailable() {}

    abstract static class Base implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        private final CliIo io;

        Base(CliIo io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            io.err().println(spec.qualifiedName() + ": not yet available");
            return EXIT_CODE;
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Replay the whole loop over a past period on a virtual clock and write a report.")
    static class Simulate extends Base {
        @Option(names = "--from", required = true, converter = IsoDateConverter.class, paramLabel = "D")
        LocalDate from;

        @Option(names = "--to", required = true, converter = IsoDateConverter.class, paramLabel = "D")
        LocalDate to;

        @Option(names = "--report", paramLabel = "DIR", description = "Directory for the report.")
        java.nio.file.Path report;

        Simulate(CliIo io) {
            super(io);
        }
    }
}
