package org.fantastictrain.platform.ingest.application.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fantastictrain.platform.ingest.application.port.in.GetLoadRunsQuery;
import org.fantastictrain.platform.ingest.application.port.out.LoadRunPort;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.ingest.domain.LoadRunDetails;

/** Reads load runs; caps the page size. */
public class LoadRunsQueryService implements GetLoadRunsQuery {
    public static final int MAX_LIMIT = 1000;

    private final LoadRunPort runs;

    public LoadRunsQueryService(LoadRunPort runs) {
        this.runs = Objects.requireNonNull(runs);
    }

    @Override
    public List<LoadRun> latest(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return runs.latest(limit);
    }

    @Override
    public Optional<LoadRunDetails> byId(long id) {
        return runs.find(id);
    }
}
