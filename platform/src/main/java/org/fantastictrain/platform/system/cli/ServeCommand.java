package org.fantastictrain.platform.system.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code serve}: starts the web server (the default command). */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the platform: HTTP API, scheduler, and on an empty database the initial load",
            "(unless FT_BOOTSTRAP=false). Extra --name=value arguments are passed to Spring."
        })
class ServeCommand implements Callable<Integer> {
    private final CliIo io;
    private boolean started;

    @Unmatched
    private List<String> springArgs = new ArrayList<>();

    ServeCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        ApplicationLauncher.serve(springArgs.toArray(String[]::new), io);
        started = true;
        return 0;
    }

    boolean started() {
        return started;
    }
}
