package org.fantastictrain.platform.ingest.application.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.fantastictrain.platform.ingest.domain.InitialLoadRange;
import org.fantastictrain.platform.ingest.domain.LoadKind;

/**
 * A request to load the days {@code from..to} (inclusive) from a source spec. Validates itself:
 * both days given, {@code from <= to}, a non-blank source spec.
 */
public record LoadCommand(LocalDate from, LocalDate to, String source, LoadKind kind) {
    public static final String DEFAULT_SOURCE = "bundled";

    public LoadCommand {
        if (from == null) {
            throw new IllegalArgumentException("from is required (yyyy-MM-dd)");
        }
        if (to == null) {
            throw new IllegalArgumentException("to is required (yyyy-MM-dd)");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        source = source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
        Objects.requireNonNull(kind, "kind");
    }

    /** The seed's initial load, with optional overrides of its range. */
    public static LoadCommand initial(LocalDate from, LocalDate to, String source) {
        return new LoadCommand(
                from == null ? InitialLoadRange.FROM : from,
                to == null ? InitialLoadRange.TO : to,
                source,
                LoadKind.INITIAL);
    }

    public static LoadCommand incremental(LocalDate from, LocalDate to, String source) {
        return new LoadCommand(from, to, source, LoadKind.INCREMENTAL);
    }
}
