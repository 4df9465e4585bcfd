package org.fantastictrain.platform.ingest.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import org.fantastictrain.platform.ingest.domain.LoadRun;

/** A load run as the API and the CLI show it (snake_case JSON). */
public record LoadRunResponse(
        long id,
        String source,
        String kind,
        LocalDate from,
        LocalDate to,
        String status,
        int inserted,
        int updated,
        int unchanged,
        int rejected,
        int missingValues,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    public static LoadRunResponse of(LoadRun run) {
        return new LoadRunResponse(
                run.id(),
                run.source(),
                run.kind().code(),
                run.from(),
                run.to(),
                run.status().name(),
                run.counts().inserted(),
                run.counts().updated(),
                run.counts().unchanged(),
                run.counts().rejected(),
                run.counts().missingValues(),
                run.startedAt(),
                run.finishedAt(),
                run.error());
    }
}
