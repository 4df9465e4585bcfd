package org.fantastictrain.platform.control.application.port.out;

import java.util.List;
import org.fantastictrain.platform.control.domain.Check;

/** Publishes the newest checks as metrics. */
public interface ControlGaugesPort {

    void publish(List<Check> checks);
}
