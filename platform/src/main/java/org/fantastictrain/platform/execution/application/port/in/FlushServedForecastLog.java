package org.fantastictrain.platform.execution.application.port.in;

import java.time.Duration;

/** Waits until the served-forecast log has written what it has queued (the CLI calls it before exiting). */
public interface FlushServedForecastLog {

    /** @return true when everything queued before the call was written within the timeout */
    boolean flush(Duration timeout);
}
