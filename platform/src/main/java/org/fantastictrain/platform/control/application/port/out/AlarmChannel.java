package org.fantastictrain.platform.control.application.port.out;

import java.util.List;
import org.fantastictrain.platform.control.domain.Alarm;

/** Where alarms are delivered (Alertmanager, a webhook). */
public interface AlarmChannel {

    /** The channel's name in the delivery state. */
    String name();

    /** Whether firing alarms must be re-sent periodically (Alertmanager forgets them otherwise). */
    boolean resendsWhileFiring();

    /** Sends the alarms in their current state; throws when the receiver did not accept them. */
    void send(List<Alarm> alarms);
}
