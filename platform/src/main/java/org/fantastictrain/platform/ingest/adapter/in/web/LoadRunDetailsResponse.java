package org.fantastictrain.platform.ingest.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.ingest.domain.LoadRunDetails;
import org.fantastictrain.platform.ingest.domain.RejectedRow;

/** A load run with its quarantined rows. */
record LoadRunDetailsResponse(
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
        String error,
        List<RejectedRowResponse> rejectedRows) {

    record RejectedRowResponse(String position, LocalDate ds, String series, String raw, String reason) {
        static RejectedRowResponse of(RejectedRow row) {
            return new RejectedRowResponse(
                    row.position(),
                    row.ds(),
                    row.series() == null ? null : row.series().id(),
                    row.raw(),
                    row.reason());
        }
    }

    static LoadRunDetailsResponse of(LoadRunDetails details) {
        LoadRun run = details.run();
        return new LoadRunDetailsResponse(
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
                run.error(),
                details.rejectedRows().stream().map(RejectedRowResponse::of).toList());
    }
}
