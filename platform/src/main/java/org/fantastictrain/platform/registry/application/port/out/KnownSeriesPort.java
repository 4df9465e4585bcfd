package org.fantastictrain.platform.registry.application.port.out;

/** Whether the platform knows a series id, so unknown ids answer "not found" rather than "empty". */
public interface KnownSeriesPort {

    boolean exists(String series);
}
