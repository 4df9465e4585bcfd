package org.fantastictrain.platform.control.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.control.domain.Check;

/** Control runs and the checks they stored. */
public interface ControlRunStore {

    long start(LocalDate asOf, String trigger, Instant now);

    void saveChecks(long runId, LocalDate asOf, List<Check> checks, Instant now);

    void finish(long runId, Map<String, Object> summary, Instant now);

    /** The checks of the newest run that evaluated the series. */
    List<Check> latestChecks(String series);
}
