package org.fantastictrain.platform.ingest.application.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;

/**
 * The ingestion port: a source of daily supply records. Adapters: the bundled synthetic data set,
 * GNI JSON over HTTP, local JSON/CSV files; Spark or Hive adapters can be added behind it later.
 */
public interface DailySupplySource {

    /** A short description used in load runs, e.g. {@code bundled} or {@code file:/data/x.json}. */
    String name();

    /**
     * Reads the records of the days {@code from..to} (both inclusive). Rows outside the range,
     * malformed or invalid values, and conflicting duplicates are returned as rejected rows.
     *
     * @throws SourceUnavailableException when nothing can be read (unreachable, unreadable payload)
     */
    SourceBatch fetch(LocalDate from, LocalDate to);

    /** The last day the source has data for, if it can tell cheaply (bounds the daily job). */
    Optional<LocalDate> lastAvailableDay();
}
