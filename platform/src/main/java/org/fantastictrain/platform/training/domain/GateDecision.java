package org.fantastictrain.platform.training.domain;

/**
 * What the gate decided and why, with the numbers it compared.
 *
 * @param challengerOnUnseen the challenger's metric on the champion's unseen days, or NaN
 * @param championFrozen the frozen champion's metric on its unseen days, or NaN
 * @param unseenDays how many fold days the frozen champion was scored on
 */
public record GateDecision(
        boolean promote,
        String reason,
        double challenger,
        double baseline,
        double championRefit,
        double challengerOnUnseen,
        double championFrozen,
        int unseenDays) {}
