package org.fantastictrain.forecast.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fantastictrain.forecast.TimeSeries;

/**
 * Reads a daily series from a CSV with a header holding {@code ds} and {@code y} columns (Prophet's
 * example format): values may be quoted or not, rows in any order (they are sorted), other columns
 * are ignored, a blank {@code y} (or {@code NA}, {@code NaN}, {@code null}) is a missing value. Dates
 * are ISO {@code yyyy-MM-dd}, optionally followed by a midnight time.
 */
public final class CsvSeriesReader {
    private CsvSeriesReader() {}

    /**
     * Reads a file.
     *
     * @throws IllegalArgumentException on a malformed file, naming the line
     * @throws UncheckedIOException when the file cannot be read
     */
    public static TimeSeries read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads CSV text. */
    public static TimeSeries parse(String csv) {
        try {
            return read(new StringReader(csv), "csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TimeSeries read(Reader reader, String source) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        int lineNo = 1;
        while (header != null && header.isBlank()) {
            header = in.readLine();
            lineNo++;
        }
        if (header == null) {
            throw new IllegalArgumentException(source + ": empty file, expected a header with ds and y");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> cols = split(header, source, lineNo);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cols.size(); i++) {
            index.putIfAbsent(cols.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        Integer dsCol = index.get("ds");
        Integer yCol = index.get("y");
        if (dsCol == null || yCol == null) {
            throw new IllegalArgumentException(
                    source + " line " + lineNo + ": header must name columns ds and y, found " + cols);
        }
        List<LocalDate> ds = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = split(line, source, lineNo);
            if (f.size() <= Math.max(dsCol, yCol)) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": expected at least "
                        + (Math.max(dsCol, yCol) + 1) + " fields, found " + f.size());
            }
            LocalDate d = parseDate(f.get(dsCol).trim(), source, lineNo);
            double y = parseValue(f.get(yCol).trim(), source, lineNo);
            Integer previous = seen.put(d, lineNo);
            if (previous != null) {
                throw new IllegalArgumentException(
                        source + " line " + lineNo + ": duplicate date " + d + " (first on line " + previous + ")");
            }
            ds.add(d);
            ys.add(y);
        }
        if (ds.isEmpty()) {
            throw new IllegalArgumentException(source + ": no data rows");
        }
        return TimeSeries.of(
                ds.toArray(LocalDate[]::new),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static LocalDate parseDate(String s, String source, int line) {
        String d = s;
        int cut = d.indexOf('T') >= 0 ? d.indexOf('T') : d.indexOf(' ');
        if (cut > 0) {
            String time = d.substring(cut + 1).trim();
            if (!time.matches("00:00(:00(\\.0+)?)?Z?")) {
                throw new IllegalArgumentException(source + " line " + line + ": ds must be a day, found time " + s);
            }
            d = d.substring(0, cut);
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + " line " + line + ": ds is not a yyyy-MM-dd date: '" + s + "'");
        }
    }

    private static double parseValue(String s, String source, int line) {
        if (s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN") || s.equalsIgnoreCase("null")) {
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + line + ": y is not a number: '" + s + "'");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(source + " line " + line + ": y is not finite: '" + s + "'");
        }
        return v;
    }

    /** Splits one CSV line (RFC 4180 quotes, doubled quotes inside). */
    static List<String> split(String line, String source, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                if (cur.toString().isBlank() && !wasQuoted) {
                    cur.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else {
                    throw new IllegalArgumentException(
                            source + " line " + lineNo + ": unexpected quote at column " + (i + 1));
                }
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + " line " + lineNo + ": unterminated quote");
        }
        out.add(cur.toString());
        return out;
    }
}
