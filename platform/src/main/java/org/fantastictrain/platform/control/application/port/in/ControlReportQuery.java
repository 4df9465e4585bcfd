package org.fantastictrain.platform.control.application.port.in;

import java.util.Optional;

/** Windowed accuracy of a series' logged forecasts per model version and lead time. */
public interface ControlReportQuery {

    /**
     * @param window one window length in days, or empty for the configured ones
     */
    ControlReport report(String series, Optional<Integer> window);
}
