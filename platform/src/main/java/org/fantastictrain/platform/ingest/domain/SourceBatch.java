package org.fantastictrain.platform.ingest.domain;

import java.util.List;

/**
 * What a source yields for a requested date range: the usable observations (inside the range,
 * validated) and the rows it had to reject, with reasons. Missing values ({@code null} or
 * {@code ""}) are neither: they are counted in {@code missingValues}.
 */
public record SourceBatch(List<Observation> observations, List<RejectedRow> rejected, int missingValues) {
    public SourceBatch {
        observations = List.copyOf(observations);
        rejected = List.copyOf(rejected);
    }
}
