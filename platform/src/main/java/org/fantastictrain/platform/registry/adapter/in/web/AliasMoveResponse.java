package org.fantastictrain.platform.registry.adapter.in.web;

import java.time.Instant;
import org.fantastictrain.platform.registry.domain.AliasMove;

/** One move of an alias, as the API shows it. */
public record AliasMoveResponse(
        long id,
        String series,
        String alias,
        Integer fromVersion,
        int toVersion,
        Instant movedAt,
        String movedBy,
        String reason,
        Long trainingRunId) {
    static AliasMoveResponse of(AliasMove m) {
        return new AliasMoveResponse(
                m.id(),
                m.series(),
                m.alias(),
                m.fromVersion(),
                m.toVersion(),
                m.movedAt(),
                m.movedBy(),
                m.reason(),
                m.trainingRunId());
    }
}
