package org.fantastictrain.platform.replay.application.port.in;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A replay of {@code from..to}, both inclusive.
 *
 * @param series a series id or {@code all}
 * @param reset delete the platform's data first and start from a fresh database
 * @param reportDir where to write {@code index.html} and {@code summary.json}, if anywhere
 */
public record ReplayCommand(LocalDate from, LocalDate to, String series, boolean reset, Optional<Path> reportDir) {

    public ReplayCommand {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        series = series == null || series.isBlank() ? "corrib_production" : series;
        reportDir = reportDir == null ? Optional.empty() : reportDir;
    }
}
