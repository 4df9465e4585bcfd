package org.fantastictrain.platform.control.application.port.in;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.control.domain.Alarm;
import org.fantastictrain.platform.control.domain.Check;

/**
 * What a control run did.
 *
 * @param evaluationsWritten evaluation rows inserted or changed by the refresh
 * @param firing alarms firing after the run, all series
 */
public record ControlResult(
        long runId,
        LocalDate asOf,
        int evaluationsWritten,
        List<Check> checks,
        List<Alarm> fired,
        List<Alarm> resolved,
        List<Alarm> firing,
        DeliveryRound delivery) {}
