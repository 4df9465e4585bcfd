package org.fantastictrain.platform.scheduling.application.port.in;

import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRun;

/** Reads the job-run history. */
public interface JobRunQuery {

    /** The newest runs first, of one job or of all when {@code job} is empty. */
    List<JobRun> recent(Optional<JobName> job, int limit);

    Optional<JobRun> find(long id);
}
