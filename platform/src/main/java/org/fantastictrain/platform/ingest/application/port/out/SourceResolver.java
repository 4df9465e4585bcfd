package org.fantastictrain.platform.ingest.application.port.out;

/**
 * Turns a source spec of the CLI/HTTP contract into a source: {@code bundled} (default),
 * {@code gni-url} or {@code gni-url:URL}, {@code file:PATH} (GNI-format JSON or CSV).
 */
public interface SourceResolver {

    /** @throws IllegalArgumentException with a one-line reason for an unknown or malformed spec */
    DailySupplySource resolve(String spec);
}
