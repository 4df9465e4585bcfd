package org.fantastictrain.forecast.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fantastictrain.forecast.eval.BacktestRow;

/**
 * Writes backtest rows as CSV with the header {@code ds,cutoff,y,yhat,yhat_lower,yhat_upper}
 * (Prophet's {@code cross_validation} columns); numbers in their shortest exact decimal form.
 */
public final class BacktestRows {
    /** The header line. */
    public static final String HEADER = "ds,cutoff,y,yhat,yhat_lower,yhat_upper";

    private BacktestRows() {}

    /** Writes the rows to a writer. */
    public static void write(List<BacktestRow> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder(96);
        for (BacktestRow r : rows) {
            line.setLength(0);
            line.append(r.ds())
                    .append(',')
                    .append(r.cutoff())
                    .append(',')
                    .append(r.y())
                    .append(',')
                    .append(r.yhat())
                    .append(',')
                    .append(r.yhatLower())
                    .append(',')
                    .append(r.yhatUpper())
                    .append('\n');
            out.write(line.toString());
        }
    }

    /** Writes the rows to a file (created or replaced). */
    public static void write(List<BacktestRow> rows, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(rows, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
