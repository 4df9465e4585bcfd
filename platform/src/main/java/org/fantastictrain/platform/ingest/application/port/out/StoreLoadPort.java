package org.fantastictrain.platform.ingest.application.port.out;

import java.time.Instant;
import org.fantastictrain.platform.ingest.domain.LoadCounts;
import org.fantastictrain.platform.ingest.domain.SourceBatch;

/**
 * Writes what a source yielded, in one transaction: upserts the observations (a revised value
 * keeps its old value in the history), stores the rejected rows and marks the run SUCCEEDED with
 * its counts. If anything fails, nothing of it is visible and the exception propagates.
 */
public interface StoreLoadPort {

    LoadCounts store(long runId, SourceBatch batch, Instant finishedAt);
}
