package org.fantastictrain.platform.replay.application.port.out;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What the database already holds, and the reset that empties it. */
public interface ReplayStatePort {

    Optional<LocalDate> lastLoadedDay();

    boolean hasChampion(String series);

    /** Rows a reset would delete, by table (the platform's data; the series list and the scheduler's store stay). */
    Map<String, Long> resettableRows();

    /** Deletes the platform's data; returns the rows deleted by table. */
    Map<String, Long> reset();
}
