package org.fantastictrain.platform.ingest.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.LoadKind;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.ingest.domain.LoadRunDetails;

/** The record of load runs. Each write is committed on its own, so a run survives its failed load. */
public interface LoadRunPort {

    /** Records a RUNNING run and returns its id. */
    long start(String source, LoadKind kind, LocalDate from, LocalDate to, Instant startedAt);

    /** Marks a run FAILED with its reason. */
    void fail(long runId, String reason, Instant finishedAt);

    Optional<LoadRunDetails> find(long runId);

    List<LoadRun> latest(int limit);
}
