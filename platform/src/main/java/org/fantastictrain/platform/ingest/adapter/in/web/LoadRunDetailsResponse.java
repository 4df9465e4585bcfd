package org.fantastictrain.platform.ingest.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.ingest.domain.LoadRunDetails;
import org.fantastictrain.platform.ingest.domain.RejectedRow;

/** A load run with its quarantined rows: the run's fields as in {@link LoadRunResponse}, plus {@code rejected_rows}. */
record LoadRunDetailsResponse(@JsonUnwrapped LoadRunResponse run, List<RejectedRowResponse> rejectedRows) {

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
        return new LoadRunDetailsResponse(
                LoadRunResponse.of(details.run()),
                details.rejectedRows().stream().map(RejectedRowResponse::of).toList());
    }
}
