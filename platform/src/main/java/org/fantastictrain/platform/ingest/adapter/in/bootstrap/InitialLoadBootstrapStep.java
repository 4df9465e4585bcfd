package org.fantastictrain.platform.ingest.adapter.in.bootstrap;

import org.fantastictrain.platform.ingest.application.port.in.LoadCommand;
import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.application.port.out.LastLoadedDayPort;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.system.bootstrap.BootstrapStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On an empty database, the seed's initial load from the default source. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class InitialLoadBootstrapStep implements BootstrapStep {
    private final LoadDataUseCase loads;
    private final LastLoadedDayPort lastLoaded;
    private final String source;

    InitialLoadBootstrapStep(
            LoadDataUseCase loads,
            LastLoadedDayPort lastLoaded,
            @Value("${ft.ingest.daily-source:bundled}") String source) {
        this.loads = loads;
        this.lastLoaded = lastLoaded;
        this.source = source;
    }

    @Override
    public String name() {
        return "initial load";
    }

    @Override
    public boolean needed() {
        return lastLoaded.lastLoadedDay().isEmpty();
    }

    @Override
    public void run() {
        LoadRun run = loads.load(LoadCommand.initial(null, null, source));
        if (!run.succeeded()) {
            throw new IllegalStateException("initial load run " + run.id() + " failed: " + run.error());
        }
    }
}
