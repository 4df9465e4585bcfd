package org.fantastictrain.platform.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded load: its source, requested range, status, counts and, if it failed, why. */
public record LoadRun(
        long id,
        String source,
        LoadKind kind,
        LocalDate from,
        LocalDate to,
        LoadStatus status,
        LoadCounts counts,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    public boolean succeeded() {
        return status == LoadStatus.SUCCEEDED;
    }
}
