package org.fantastictrain.platform.ingest.application.port.in;

import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.ingest.domain.LoadRunDetails;

/** Reads recorded load runs. */
public interface GetLoadRunsQuery {

    /** The newest runs first, at most {@code limit}. */
    List<LoadRun> latest(int limit);

    Optional<LoadRunDetails> byId(long id);
}
