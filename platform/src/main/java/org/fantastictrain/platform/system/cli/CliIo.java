package org.fantastictrain.platform.system.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a CLI command writes (its JSON result to {@code out}, everything else to {@code err}) and
 * extra Spring properties for the application it starts (used by tests to point at their database).
 */
public record CliIo(PrintStream out, PrintStream err, Map<String, Object> properties) {
    public CliIo {
        properties = Map.copyOf(properties);
    }

    public static CliIo system() {
        return new CliIo(System.out, System.err, Map.of());
    }
}
