package org.fantastictrain.platform.ingest.domain;

import java.time.LocalDate;

/** The seed's initial load: 1 Jan 2018 to 30 Jun 2023; later days arrive as incremental loads. */
public final class InitialLoadRange {
    public static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    public static final LocalDate TO = LocalDate.of(2023, 6, 30);

    private InitialLoadRange() {}
}
