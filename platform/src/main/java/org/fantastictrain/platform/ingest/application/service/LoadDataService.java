package org.fantastictrain.platform.ingest.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.fantastictrain.platform.ingest.application.port.in.LoadCommand;
import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.application.port.out.DailySupplySource;
import org.fantastictrain.platform.ingest.application.port.out.LoadListener;
import org.fantastictrain.platform.ingest.application.port.out.LoadRunPort;
import org.fantastictrain.platform.ingest.application.port.out.SourceResolver;
import org.fantastictrain.platform.ingest.application.port.out.StoreLoadPort;
import org.fantastictrain.platform.ingest.domain.LoadCounts;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the run first (so it survives a failure), reads the source, then hands the batch to the
 * store, which writes it and closes the run in one transaction.
 */
public class LoadDataService implements LoadDataUseCase {
    private static final Logger log = LoggerFactory.getLogger(LoadDataService.class);

    private final SourceResolver sources;
    private final LoadRunPort runs;
    private final StoreLoadPort store;
    private final Clock clock;
    private final List<LoadListener> listeners;

    public LoadDataService(SourceResolver sources, LoadRunPort runs, StoreLoadPort store, Clock clock) {
        this(sources, runs, store, clock, List.of());
    }

    public LoadDataService(
            SourceResolver sources, LoadRunPort runs, StoreLoadPort store, Clock clock, List<LoadListener> listeners) {
        this.sources = Objects.requireNonNull(sources);
        this.runs = Objects.requireNonNull(runs);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public LoadRun load(LoadCommand command) {
        DailySupplySource source = sources.resolve(command.source());
        long runId = runs.start(source.name(), command.kind(), command.from(), command.to(), clock.instant());
        log.info(
                "Load run {} started: {} {}..{} from {}",
                runId,
                command.kind().code(),
                command.from(),
                command.to(),
                source.name());
        try {
            SourceBatch batch = source.fetch(command.from(), command.to());
            log.info(
                    "Load run {}: source yielded {} observations, {} rejected rows, {} missing values",
                    runId,
                    batch.observations().size(),
                    batch.rejected().size(),
                    batch.missingValues());
            LoadCounts counts = store.store(runId, batch, clock.instant());
            log.info("Load run {} succeeded: {}", runId, counts);
        } catch (RuntimeException e) {
            String reason = reasonOf(e);
            log.warn("Load run {} failed: {}", runId, reason, e);
            runs.fail(runId, reason, clock.instant());
        }
        LoadRun run = runs.find(runId)
                .orElseThrow(() -> new IllegalStateException("load run " + runId + " vanished"))
                .run();
        if (run.succeeded()) {
            notifyListeners(run);
        }
        return run;
    }

    private void notifyListeners(LoadRun run) {
        for (LoadListener listener : listeners) {
            try {
                listener.loaded(run);
            } catch (RuntimeException e) {
                log.warn(
                        "Load run {}: listener {} failed: {}",
                        run.id(),
                        listener.getClass().getSimpleName(),
                        reasonOf(e));
            }
        }
    }

    /** A one-line reason: the exception's message and that of its root cause, if different. */
    static String reasonOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String reason = top;
        if (root != e && root.getMessage() != null && !top.contains(root.getMessage())) {
            reason = top + ": " + root.getMessage();
        }
        return reason.replaceAll("\\s+", " ").strip();
    }
}
