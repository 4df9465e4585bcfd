package org.fantastictrain.platform.ingest.domain;

import java.time.LocalDate;

/**
 * An input row (or one value of it) that could not be used, kept with the reason.
 *
 * @param position where it was in the payload, e.g. {@code element 17} or {@code line 42}
 * @param ds the day, when it could be read (null otherwise)
 * @param series the series the rejection concerns, or null when the whole row is rejected
 * @param raw the raw text of the row as received (truncated to a sane length by the producer)
 * @param reason a human-readable reason, e.g. {@code negative value -3.2 for Moffat}
 */
public record RejectedRow(String position, LocalDate ds, SeriesId series, String raw, String reason) {}
