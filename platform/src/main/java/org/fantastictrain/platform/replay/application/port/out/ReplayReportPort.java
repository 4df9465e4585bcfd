package org.fantastictrain.platform.replay.application.port.out;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.replay.domain.ReplayRun;

/** Builds a replay's summary from the database and writes the report. */
public interface ReplayReportPort {

    /**
     * @param series the replayed series
     * @param dir where to write {@code index.html} and {@code summary.json}, if anywhere
     * @return the summary (the content of {@code summary.json})
     */
    Map<String, Object> report(ReplayRun run, List<String> series, Optional<Path> dir);
}
