package org.fantastictrain.platform.registry.domain;

import java.time.Instant;

/**
 * One move of an alias: from which version to which, when, by whom and why.
 *
 * @param movedBy {@code training} for the gate, or the caller of a manual move (e.g. {@code api})
 * @param trainingRunId the run whose gate moved it, null for a manual move
 */
public record AliasMove(
        long id,
        String series,
        String alias,
        Integer fromVersion,
        int toVersion,
        Instant movedAt,
        String movedBy,
        String reason,
        Long trainingRunId) {}
