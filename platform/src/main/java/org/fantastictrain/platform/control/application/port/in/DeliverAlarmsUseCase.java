package org.fantastictrain.platform.control.application.port.in;

/**
 * Sends what is owed: transitions not yet delivered, failed attempts whose back-off elapsed, and
 * (for Alertmanager) firing alarms due for their periodic re-send.
 */
public interface DeliverAlarmsUseCase {

    DeliveryRound deliverDue();
}
