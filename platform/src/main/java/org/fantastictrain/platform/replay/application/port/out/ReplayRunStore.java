package org.fantastictrain.platform.replay.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.replay.domain.ReplayCounts;
import org.fantastictrain.platform.replay.domain.ReplayRun;
import org.fantastictrain.platform.replay.domain.ReplayStatus;

/** The {@code replay_run} table. */
public interface ReplayRunStore {

    ReplayRun create(LocalDate from, LocalDate to, String series, Instant startedAt);

    /** The newest run of exactly this range and series that did not succeed. */
    Optional<ReplayRun> unfinished(LocalDate from, LocalDate to, String series);

    /** Marks a stopped or failed run RUNNING again. */
    ReplayRun restart(long id);

    void progress(long id, LocalDate currentDay, ReplayCounts counts);

    void finish(
            long id,
            ReplayStatus status,
            ReplayCounts counts,
            String error,
            Map<String, Object> summary,
            Instant finishedAt);

    Optional<ReplayRun> find(long id);

    List<ReplayRun> recent(int limit);
}
