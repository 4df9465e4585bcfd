package org.fantastictrain.platform.control.application.port.in;

import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.control.domain.AlarmState;

/** Alarms, newest first, with their delivery state. */
public interface AlarmQuery {

    List<AlarmWithDeliveries> alarms(Optional<AlarmState> state, Optional<String> series);
}
