package org.fantastictrain.platform.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A training run as recorded: what it read, how it backtested, what the gate decided and why.
 * Fields after {@code reason} are null until known (a run failing early has few of them).
 */
public record TrainingRun(
        long id,
        String series,
        String trigger,
        RunStatus status,
        Decision decision,
        FailureKind failureKind,
        String reason,
        Instant startedAt,
        Instant finishedAt,
        LocalDate dataStart,
        LocalDate dataEnd,
        Integer rows,
        String dataFingerprint,
        String metric,
        FoldPlan folds,
        List<CandidateReport> candidates,
        ChallengerReport challenger,
        ChampionReport champion,
        Scores baseline) {

    public static TrainingRun started(long id, String series, String trigger, Instant at) {
        return new TrainingRun(
                id,
                series,
                trigger,
                RunStatus.RUNNING,
                null,
                null,
                null,
                at,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
