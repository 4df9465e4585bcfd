package org.fantastictrain.platform.execution.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** An inclusive range of days, {@code from <= to}. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (from == null || to == null) {
            throw new InvalidForecastRequestException("'from' and 'to' are required");
        }
        if (from.isAfter(to)) {
            throw new InvalidForecastRequestException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }

    /** Parses both ends, each an ISO date {@code yyyy-MM-dd}, with a message naming the field on error. */
    public static DateRange parse(String from, String to) {
        return new DateRange(parseDay("from", from), parseDay("to", to));
    }

    /** Parses one required ISO date, naming the field in the error. */
    public static LocalDate parseDay(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidForecastRequestException("'" + field + "' is required, as a date yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidForecastRequestException(
                    "'" + field + "' must be a date yyyy-MM-dd, got '" + abbreviate(text) + "'");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Every day of the range, in order. */
    public List<LocalDate> dates() {
        List<LocalDate> days = new ArrayList<>((int) Math.min(days(), Integer.MAX_VALUE));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
