package org.fantastictrain.platform.execution.adapter.in.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.fantastictrain.platform.execution.domain.InvalidForecastRequestException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code ds} column of an MLflow pyfunc scoring payload: JSON {@code dataframe_records},
 * {@code dataframe_split} (or {@code instances}, a list of records), or CSV with a header. A
 * {@code ds} may be {@code yyyy-MM-dd}, a timestamp starting with that date (pandas writes
 * {@code 2024-01-01T00:00:00.000}), or epoch milliseconds (pandas' default {@code to_json}).
 */
final class MlflowPayload {

    private MlflowPayload() {}

    static List<LocalDate> days(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidForecastRequestException(
                    "expected a JSON object with 'dataframe_records' or 'dataframe_split'");
        }
        if (body.has("dataframe_records")) {
            return records(body.get("dataframe_records"), "dataframe_records");
        }
        if (body.has("instances")) {
            return records(body.get("instances"), "instances");
        }
        if (body.has("dataframe_split")) {
            return split(body.get("dataframe_split"));
        }
        throw new InvalidForecastRequestException(
                "expected 'dataframe_records' or 'dataframe_split' (MLflow scoring protocol), got fields "
                        + body.propertyNames());
    }

    static List<LocalDate> days(String csv) {
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw new InvalidForecastRequestException("empty CSV: expected a header line with a 'ds' column");
            }
            String[] columns = header.split(",", -1);
            int ds = -1;
            for (int i = 0; i < columns.length; i++) {
                if (unquote(columns[i]).equals("ds")) {
                    ds = i;
                }
            }
            if (ds < 0) {
                throw new InvalidForecastRequestException("the CSV header has no 'ds' column: " + header);
            }
            List<LocalDate> days = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length <= ds) {
                    throw new InvalidForecastRequestException("CSV line " + number + " has no 'ds' value");
                }
                days.add(day(unquote(cells[ds]), "CSV line " + number));
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<LocalDate> records(JsonNode records, String field) {
        if (!records.isArray()) {
            throw new InvalidForecastRequestException("'" + field + "' must be an array of objects with a 'ds'");
        }
        List<LocalDate> days = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            String where = field + "[" + i + "]";
            if (!record.isObject() || !record.has("ds")) {
                throw new InvalidForecastRequestException(where + " must be an object with a 'ds'");
            }
            days.add(day(record.get("ds"), where));
        }
        return days;
    }

    private static List<LocalDate> split(JsonNode split) {
        if (!split.isObject()
                || !split.path("columns").isArray()
                || !split.path("data").isArray()) {
            throw new InvalidForecastRequestException("'dataframe_split' must have 'columns' and 'data' arrays");
        }
        JsonNode columns = split.get("columns");
        int ds = -1;
        for (int i = 0; i < columns.size(); i++) {
            if ("ds".equals(columns.get(i).asString(null))) {
                ds = i;
            }
        }
        if (ds < 0) {
            throw new InvalidForecastRequestException("'dataframe_split.columns' has no 'ds'");
        }
        JsonNode data = split.get("data");
        List<LocalDate> days = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            JsonNode row = data.get(i);
            String where = "dataframe_split.data[" + i + "]";
            if (!row.isArray() || row.size() <= ds) {
                throw new InvalidForecastRequestException(where + " must be an array with a value for 'ds'");
            }
            days.add(day(row.get(ds), where));
        }
        return days;
    }

    private static LocalDate day(JsonNode value, String where) {
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.longValue())
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate();
        }
        if (value.isString()) {
            return day(value.stringValue(), where);
        }
        throw new InvalidForecastRequestException(where + ": 'ds' must be a date yyyy-MM-dd, got " + value);
    }

    private static LocalDate day(String text, String where) {
        String trimmed = text.trim();
        String date = trimmed.length() > 10 && (trimmed.charAt(10) == 'T' || trimmed.charAt(10) == ' ')
                ? trimmed.substring(0, 10)
                : trimmed;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            String shown = trimmed.length() <= 40 ? trimmed : trimmed.substring(0, 40) + "...";
            throw new InvalidForecastRequestException(where + ": 'ds' must be a date yyyy-MM-dd, got '" + shown + "'");
        }
    }

    private static String unquote(String cell) {
        String trimmed = cell.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
