package org.fantastictrain.platform.training.domain;

/**
 * The challenger's side of a run: its configuration, the algorithm it resolved to, and its scores
 * on the folds.
 *
 * @param version the registered version, null when the run failed
 */
public record ChallengerReport(Integer version, CandidateSpec configuration, String algorithm, Scores scores) {}
