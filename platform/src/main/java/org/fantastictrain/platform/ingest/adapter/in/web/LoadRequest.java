package org.fantastictrain.platform.ingest.adapter.in.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.fantastictrain.platform.ingest.application.port.in.LoadCommand;

/** Body of {@code POST /api/v1/loads}: {@code {"from","to","source"?}}, dates as {@code yyyy-MM-dd}. */
record LoadRequest(String from, String to, String source) {

    LoadCommand toCommand() {
        return LoadCommand.incremental(date("from", from), date("to", to), source);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required (a date yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' is not a date yyyy-MM-dd: '" + text + "'");
        }
    }
}
