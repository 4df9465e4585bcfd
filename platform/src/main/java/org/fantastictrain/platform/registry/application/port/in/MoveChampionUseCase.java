package org.fantastictrain.platform.registry.application.port.in;

import org.fantastictrain.platform.registry.domain.AliasMove;

/** Manual promotion or rollback: points {@code champion} at a chosen version, with a history row. */
public interface MoveChampionUseCase {

    /**
     * @throws org.fantastictrain.platform.registry.domain.UnknownModelVersionException when the
     *     series has no such version
     */
    AliasMove moveChampion(String series, int version, String movedBy, String reason);
}
