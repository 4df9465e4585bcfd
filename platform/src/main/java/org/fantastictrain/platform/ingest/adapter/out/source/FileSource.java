package org.fantastictrain.platform.ingest.adapter.out.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.fantastictrain.platform.ingest.application.port.out.DailySupplySource;
import org.fantastictrain.platform.ingest.domain.OutOfRangeRows;
import org.fantastictrain.platform.ingest.domain.RawSupplyRow;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;
import org.fantastictrain.platform.ingest.domain.SupplyRowValidator;

/**
 * A local file in GNI JSON or CSV form ({@code file:PATH}): {@code .json} / {@code .csv} by
 * extension, otherwise by content. The file is read at every fetch, so a replaced file is seen.
 * A file is the payload of the load it is given to: rows dated outside the requested range are
 * rejected, not silently dropped.
 */
public final class FileSource implements DailySupplySource {

    private final Path path;
    private final String name;
    private final SupplyRowValidator validator;

    public FileSource(Path path) {
        this(path, OutOfRangeRows.REJECT);
    }

    public FileSource(Path path, OutOfRangeRows outOfRange) {
        this.path = Objects.requireNonNull(path, "path");
        this.name = "file:" + path;
        this.validator = new SupplyRowValidator(outOfRange);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceBatch fetch(LocalDate from, LocalDate to) {
        return validator.validate(rows(), from, to);
    }

    /** The last valid date in the file; empty when the file cannot be read or has no valid date. */
    @Override
    public Optional<LocalDate> lastAvailableDay() {
        try {
            return rows().stream()
                    .filter(row -> row.defect() == null)
                    .map(FileSource::dateOrNull)
                    .filter(Objects::nonNull)
                    .max(LocalDate::compareTo);
        } catch (SourceUnavailableException e) {
            return Optional.empty();
        }
    }

    private List<RawSupplyRow> rows() {
        String text = read();
        return isJson(text) ? GniJsonParser.parse(text, name) : GniCsvParser.parse(text, name);
    }

    private boolean isJson(String text) {
        String file =
                path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".json")) {
            return true;
        }
        if (file.endsWith(".csv")) {
            return false;
        }
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("{");
    }

    private String read() {
        if (Files.isDirectory(path)) {
            throw new SourceUnavailableException("cannot read " + name + ": is a directory");
        }
        try {
            // new String replaces invalid UTF-8 instead of failing: a bad byte should cost one row, not the load
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SourceUnavailableException("cannot read " + name + ": no such file", e);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read " + name + ": " + GniJsonParser.oneLine(e.toString()), e);
        }
    }

    private static LocalDate dateOrNull(RawSupplyRow row) {
        try {
            return SupplyRowValidator.parseDate(row.date());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
