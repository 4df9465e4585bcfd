package org.fantastictrain.platform.scheduling.application;

import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.application.port.in.JobRunQuery;
import org.fantastictrain.platform.scheduling.application.port.out.JobRunRepository;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.scheduling.domain.JobRun;

/** The job-run history, newest first. */
public class JobHistory implements JobRunQuery {

    public static final int MAX_LIMIT = 1000;

    private final JobRunRepository runs;

    public JobHistory(JobRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public List<JobRun> recent(Optional<JobName> job, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return runs.recent(job, limit);
    }

    @Override
    public Optional<JobRun> find(long id) {
        return runs.find(id);
    }
}
