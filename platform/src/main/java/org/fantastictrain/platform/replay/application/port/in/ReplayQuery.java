package org.fantastictrain.platform.replay.application.port.in;

import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.replay.domain.ReplayRun;

/** Recorded replays. */
public interface ReplayQuery {

    Optional<ReplayRun> replay(long id);

    /** Newest first. */
    List<ReplayRun> replays(int limit);
}
