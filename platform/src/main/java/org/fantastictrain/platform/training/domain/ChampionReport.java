package org.fantastictrain.platform.training.domain;

import java.time.LocalDate;

/**
 * The champion's side of a run.
 *
 * @param refit its configuration refitted on every fold
 * @param frozen its stored model on the fold days after its training end, null when too few
 * @param challengerOnUnseen the challenger on exactly those days, null when too few
 */
public record ChampionReport(
        int version,
        CandidateSpec configuration,
        LocalDate trainingEnd,
        Scores refit,
        int unseenDays,
        Scores frozen,
        Scores challengerOnUnseen) {}
