package org.fantastictrain.platform.ingest.adapter.out.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.RawSupplyRow;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads GNI "Daily Supply" JSON: an array of objects with a {@code Date} and one key per column.
 * Keys match case-insensitively; unknown keys are ignored. Whether values make sense is for
 * the validator to say; this only refuses a payload that is not a JSON array at all.
 */
final class GniJsonParser {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GniJsonParser() {}

    static List<RawSupplyRow> parse(String payload, String sourceName) {
        if (payload == null || payload.isBlank()) {
            throw new SourceUnavailableException("cannot read " + sourceName + ": empty payload");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (JacksonException e) {
            throw new SourceUnavailableException(
                    "cannot read " + sourceName + ": malformed JSON" + where(e) + ": "
                            + oneLine(e.getOriginalMessage()),
                    e);
        }
        if (root == null || !root.isArray()) {
            String found = root == null ? "nothing" : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            throw new SourceUnavailableException(
                    "cannot read " + sourceName + ": expected a JSON array of daily records, found " + found);
        }
        List<RawSupplyRow> rows = new ArrayList<>(root.size());
        int index = 0;
        for (JsonNode element : root) {
            index++;
            rows.add(toRow("element " + index, element));
        }
        return rows;
    }

    private static RawSupplyRow toRow(String position, JsonNode element) {
        String raw = element.toString();
        if (!element.isObject()) {
            return RawSupplyRow.unreadable(position, raw, "element is not a JSON object");
        }
        String date = null;
        boolean hasDate = false;
        Map<SeriesId, String> values = new EnumMap<>(SeriesId.class);
        for (SeriesId series : SeriesId.values()) {
            values.put(series, null); // an absent column is a missing value
        }
        for (Map.Entry<String, JsonNode> property : element.properties()) {
            String key = property.getKey().trim();
            JsonNode value = property.getValue();
            if (key.equalsIgnoreCase("Date")) {
                hasDate = true;
                date = value.isString() ? value.asString() : value.isNull() ? null : value.toString();
                continue;
            }
            Optional<SeriesId> series = SeriesId.fromSourceColumn(key);
            series.ifPresent(s -> values.put(s, valueText(value)));
        }
        if (!hasDate) {
            return RawSupplyRow.unreadable(position, raw, "missing Date");
        }
        return RawSupplyRow.of(position, raw, date, values);
    }

    private static String valueText(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString() || value.isNumber()) {
            return value.asString();
        }
        return value.toString(); // true, {...}, [...]: the validator rejects it as not a number
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.replaceAll("\\s+", " ").trim();
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }
}
