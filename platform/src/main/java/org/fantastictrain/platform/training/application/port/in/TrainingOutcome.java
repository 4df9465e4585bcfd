package org.fantastictrain.platform.training.application.port.in;

import org.fantastictrain.platform.ingest.domain.SeriesId;

/**
 * The short result of a training run.
 *
 * @param status SUCCEEDED or FAILED
 * @param decision PROMOTED, REJECTED or FAILED
 * @param challengerVersion the registered version, or null when the run failed
 * @param reason why the gate decided as it did, or why the run failed
 */
public record TrainingOutcome(
        long runId, SeriesId series, String status, String decision, Integer challengerVersion, String reason) {}
