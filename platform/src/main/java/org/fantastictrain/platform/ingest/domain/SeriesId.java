package org.fantastictrain.platform.ingest.domain;

import java.util.Arrays;
import java.util.Optional;

/** The four daily series of the GNI "Daily Supply" data set, by their platform id and source column. */
public enum SeriesId {
    CORRIB_PRODUCTION("corrib_production", "Corrib production"),
    MOFFAT("moffat", "Moffat"),
    ROI_IMPORTS_VIA_INTERCONNECTOR("roi_imports_via_interconnector", "ROI imports via interconnector"),
    TOTAL("total", "Total");

    private final String id;
    private final String sourceColumn;

    SeriesId(String id, String sourceColumn) {
        this.id = id;
        this.sourceColumn = sourceColumn;
    }

    /** The id used in the database, the HTTP API and the CLI, e.g. {@code corrib_production}. */
    public String id() {
        return id;
    }

    /** The column name in GNI's JSON, e.g. {@code Corrib production}. */
    public String sourceColumn() {
        return sourceColumn;
    }

    public static Optional<SeriesId> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static Optional<SeriesId> fromSourceColumn(String column) {
        return Arrays.stream(values())
                .filter(s -> s.sourceColumn.equalsIgnoreCase(column.trim()))
                .findFirst();
    }
}
