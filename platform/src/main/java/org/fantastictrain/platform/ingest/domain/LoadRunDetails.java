package org.fantastictrain.platform.ingest.domain;

import java.util.List;

/** A load run with the rows it quarantined. */
public record LoadRunDetails(LoadRun run, List<RejectedRow> rejectedRows) {
    public LoadRunDetails {
        rejectedRows = List.copyOf(rejectedRows);
    }
}
