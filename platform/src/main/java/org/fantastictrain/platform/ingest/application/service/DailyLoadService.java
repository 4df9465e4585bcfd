package org.fantastictrain.platform.ingest.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.fantastictrain.platform.ingest.application.port.in.LoadCommand;
import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.application.port.in.RunDailyLoadUseCase;
import org.fantastictrain.platform.ingest.application.port.out.DailySupplySource;
import org.fantastictrain.platform.ingest.application.port.out.LastLoadedDayPort;
import org.fantastictrain.platform.ingest.application.port.out.SourceResolver;
import org.fantastictrain.platform.ingest.domain.InitialLoadRange;
import org.fantastictrain.platform.ingest.domain.LoadKind;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily job's logic, independent of who schedules it. With nothing to load (already up to
 * date, or the source has nothing newer) it records no run.
 */
public class DailyLoadService implements RunDailyLoadUseCase {
    private static final Logger log = LoggerFactory.getLogger(DailyLoadService.class);

    private final LoadDataUseCase loads;
    private final LastLoadedDayPort lastLoaded;
    private final SourceResolver sources;
    private final String sourceSpec;
    private final Clock clock;

    public DailyLoadService(
            LoadDataUseCase loads,
            LastLoadedDayPort lastLoaded,
            SourceResolver sources,
            String sourceSpec,
            Clock clock) {
        this.loads = Objects.requireNonNull(loads);
        this.lastLoaded = Objects.requireNonNull(lastLoaded);
        this.sources = Objects.requireNonNull(sources);
        this.sourceSpec = Objects.requireNonNull(sourceSpec);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<LoadRun> runDailyLoad() {
        LocalDate from = lastLoaded.lastLoadedDay().map(d -> d.plusDays(1)).orElse(InitialLoadRange.FROM);
        LocalDate to = LocalDate.now(clock).minusDays(1);
        DailySupplySource source = sources.resolve(sourceSpec);
        Optional<LocalDate> available = source.lastAvailableDay();
        if (available.isPresent() && available.get().isBefore(to)) {
            to = available.get();
        }
        if (from.isAfter(to)) {
            log.info("Daily load: nothing to load (next day {}, last loadable day {})", from, to);
            return Optional.empty();
        }
        return Optional.of(loads.load(new LoadCommand(from, to, sourceSpec, LoadKind.DAILY)));
    }
}
