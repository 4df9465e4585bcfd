package org.fantastictrain.platform.training.domain;

/** One configured candidate and its gate metric on the folds (null when it could not be backtested). */
public record CandidateReport(CandidateSpec configuration, Double value, String error) {}
