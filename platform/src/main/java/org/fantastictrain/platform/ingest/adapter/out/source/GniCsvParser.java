package org.fantastictrain.platform.ingest.adapter.out.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.RawSupplyRow;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;

/**
 * Reads the CSV form of the data: a header {@code Date,Corrib production,Moffat,ROI imports via
 * interconnector,Total} (or the series ids, or {@code ds} for the date; any case, any order,
 * unknown columns ignored), then one row a day. Fields may be quoted (RFC 4180); an empty field or
 * {@code null} is a missing value.
 */
final class GniCsvParser {

    private static final String EXPECTED_HEADER = "Date,"
            + String.join(
                    ",",
                    java.util.Arrays.stream(SeriesId.values())
                            .map(SeriesId::sourceColumn)
                            .toList());

    private GniCsvParser() {}

    static List<RawSupplyRow> parse(String payload, String sourceName) {
        if (payload == null || payload.isBlank()) {
            throw new SourceUnavailableException("cannot read " + sourceName + ": empty payload");
        }
        List<Record> records = records(payload.startsWith("\uFEFF") ? payload.substring(1) : payload, sourceName);
        int headerIndex = 0;
        while (headerIndex < records.size() && records.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        Header header = headerIndex < records.size()
                ? Header.of(records.get(headerIndex).fields())
                : null;
        if (header == null) {
            throw new SourceUnavailableException(
                    "cannot read " + sourceName + ": CSV without a recognisable header, expected " + EXPECTED_HEADER);
        }
        List<RawSupplyRow> rows = new ArrayList<>();
        for (Record record : records.subList(headerIndex + 1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            rows.add(header.row(record));
        }
        return rows;
    }

    private record Header(int dateColumn, Map<SeriesId, Integer> seriesColumns) {
        static Header of(List<String> names) {
            int date = -1;
            Map<SeriesId, Integer> series = new EnumMap<>(SeriesId.class);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).trim();
                if (date < 0 && (name.equalsIgnoreCase("Date") || name.equalsIgnoreCase("ds"))) {
                    date = i;
                    continue;
                }
                final int column = i;
                seriesOf(name).ifPresent(s -> series.putIfAbsent(s, column));
            }
            return date >= 0 && !series.isEmpty() ? new Header(date, series) : null;
        }

        RawSupplyRow row(Record record) {
            String position = "line " + record.line();
            Map<SeriesId, String> values = new EnumMap<>(SeriesId.class);
            for (SeriesId series : SeriesId.values()) {
                Integer column = seriesColumns.get(series);
                String text = column == null ? null : field(record, column);
                values.put(series, text == null || text.trim().equalsIgnoreCase("null") ? null : text);
            }
            return RawSupplyRow.of(position, record.text(), field(record, dateColumn), values);
        }

        private static String field(Record record, int column) {
            return column < record.fields().size() ? record.fields().get(column) : null;
        }
    }

    private static Optional<SeriesId> seriesOf(String name) {
        Optional<SeriesId> byColumn = SeriesId.fromSourceColumn(name);
        return byColumn.isPresent() ? byColumn : SeriesId.fromId(name.toLowerCase(Locale.ROOT));
    }

    /** One CSV record with the line it starts on and its text as written. */
    private record Record(int line, String text, List<String> fields) {
        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private static List<Record> records(String text, String sourceName) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int recordStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, text.substring(recordStart, i), List.copyOf(fields)));
                fields.clear();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
                recordStart = i + 1;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new SourceUnavailableException("cannot read " + sourceName
                    + ": malformed CSV, a quoted field opened on line " + recordLine + " is never closed");
        }
        if (recordStart < text.length()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, text.substring(recordStart), List.copyOf(fields)));
        }
        return records;
    }
}
