package org.fantastictrain.platform.ingest.domain;

/**
 * What a load did to the observations: values inserted, revised (updated), seen again with the
 * same value (unchanged), rows rejected by the source, and missing values skipped.
 */
public record LoadCounts(int inserted, int updated, int unchanged, int rejected, int missingValues) {
    public static final LoadCounts NONE = new LoadCounts(0, 0, 0, 0, 0);

    public LoadCounts {
        if (inserted < 0 || updated < 0 || unchanged < 0 || rejected < 0 || missingValues < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
