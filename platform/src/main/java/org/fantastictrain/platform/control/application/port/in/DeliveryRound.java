package org.fantastictrain.platform.control.application.port.in;

import java.util.Map;

/**
 * One pass over the alarms owed to each channel.
 *
 * @param sent per channel, alarms delivered
 * @param failed per channel, alarms whose delivery failed and will be retried
 */
public record DeliveryRound(Map<String, Integer> sent, Map<String, Integer> failed) {}
