package org.fantastictrain.platform.training.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.training.domain.TrainingRun;

/** Records training runs. */
public interface TrainingRunPort {

    /** Records a RUNNING run and returns its id. */
    long start(String series, String trigger, Instant at);

    /** Stores the final state of a run (matched by id). */
    void finish(TrainingRun run);

    Optional<TrainingRun> find(long id);

    /** Newest first; {@code series} null for all. */
    List<TrainingRun> recent(String series, int limit);
}
