package org.fantastictrain.platform.ingest.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of a payload as read, before validation: the date and the values as text.
 *
 * @param position where it was in the payload, e.g. {@code element 17} or {@code line 42}
 * @param raw the row as received, kept for the rejection record
 * @param date the date text, null when the row has none
 * @param values the value text per series present in the row; a null or blank text means missing
 * @param defect why the row could not be read at all (e.g. not a JSON object), null when it could
 */
public record RawSupplyRow(String position, String raw, String date, Map<SeriesId, String> values, String defect) {

    public RawSupplyRow {
        // EnumMap, not Map.copyOf: a null value is a legitimate "missing" here
        EnumMap<SeriesId, String> copy = new EnumMap<>(SeriesId.class);
        if (values != null) {
            copy.putAll(values);
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static RawSupplyRow of(String position, String raw, String date, Map<SeriesId, String> values) {
        return new RawSupplyRow(position, raw, date, values, null);
    }

    public static RawSupplyRow unreadable(String position, String raw, String defect) {
        return new RawSupplyRow(position, raw, null, Map.of(), defect);
    }
}
