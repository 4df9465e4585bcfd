package org.fantastictrain.platform.training.application.port.in;

import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.training.domain.TrainingRun;

/** Reads recorded training runs. */
public interface TrainingRunQuery {

    Optional<TrainingRun> run(long id);

    /** Newest first; {@code series} null for all series. */
    List<TrainingRun> runs(String series, int limit);
}
