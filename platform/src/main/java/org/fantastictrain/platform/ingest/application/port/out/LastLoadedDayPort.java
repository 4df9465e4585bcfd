package org.fantastictrain.platform.ingest.application.port.out;

import java.time.LocalDate;
import java.util.Optional;

/** The last gas day with any stored observation. */
public interface LastLoadedDayPort {

    Optional<LocalDate> lastLoadedDay();
}
