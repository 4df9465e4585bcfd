package org.fantastictrain.platform.training.domain;

import java.time.LocalDate;

/**
 * The current champion's side of the gate.
 *
 * @param refit its configuration refitted on every fold
 * @param frozen its stored model scored on the fold days after {@code trainingEnd} (may be empty)
 */
public record ChampionEvidence(int version, LocalDate trainingEnd, Backtest refit, Backtest frozen) {}
