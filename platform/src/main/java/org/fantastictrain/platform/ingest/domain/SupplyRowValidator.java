package org.fantastictrain.platform.ingest.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The validation rules shared by every source: turns the raw rows of one payload into the
 * observations of the requested days, the rejected rows with their reasons, and the count of
 * missing values.
 *
 * <p>Rules: a row without a readable date ({@code dd/MM/yyyy} or {@code yyyy-MM-dd}) is rejected;
 * a row dated outside the requested range is rejected or skipped as the caller says; a value that
 * is text, negative or not finite is rejected on its own (the row's other values still count); a
 * null or blank value is missing, never zero; the same (day, series) given twice with the same
 * value counts once, with different values every copy is rejected.
 */
public final class SupplyRowValidator {

    /** Longest raw text kept in a rejected row. */
    public static final int MAX_RAW_LENGTH = 500;

    private static final DateTimeFormatter GNI_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern GNI_DATE_SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    // Stricter than Double.parseDouble, which also takes "1.5d", hex floats and "Infinity"
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private final OutOfRangeRows outOfRange;

    public SupplyRowValidator(OutOfRangeRows outOfRange) {
        this.outOfRange = Objects.requireNonNull(outOfRange, "outOfRange");
    }

    /** Validates the rows of one payload for the days {@code from..to}, both inclusive. */
    public SourceBatch validate(List<RawSupplyRow> rows, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        List<RejectedRow> rejected = new ArrayList<>();
        Map<LocalDate, Map<SeriesId, List<Candidate>>> candidates = new TreeMap<>();
        Map<LocalDate, Set<SeriesId>> seen = new TreeMap<>();

        for (RawSupplyRow row : rows) {
            String raw = truncate(row.raw());
            if (row.defect() != null) {
                rejected.add(new RejectedRow(row.position(), null, null, raw, row.defect()));
                continue;
            }
            LocalDate ds;
            try {
                ds = parseDate(row.date());
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(row.position(), null, null, raw, e.getMessage()));
                continue;
            }
            if (ds.isBefore(from) || ds.isAfter(to)) {
                if (outOfRange == OutOfRangeRows.REJECT) {
                    rejected.add(new RejectedRow(
                            row.position(),
                            ds,
                            null,
                            raw,
                            "date " + ds + " outside the requested range " + from + ".." + to));
                }
                continue;
            }
            Set<SeriesId> daySeen = seen.computeIfAbsent(ds, d -> EnumSet.noneOf(SeriesId.class));
            for (Map.Entry<SeriesId, String> value : row.values().entrySet()) {
                SeriesId series = value.getKey();
                String text = value.getValue();
                if (text == null || text.isBlank()) {
                    continue;
                }
                daySeen.add(series);
                String problem = problemWith(text.trim(), series);
                if (problem != null) {
                    rejected.add(new RejectedRow(row.position(), ds, series, raw, problem));
                    continue;
                }
                candidates
                        .computeIfAbsent(ds, d -> new EnumMap<>(SeriesId.class))
                        .computeIfAbsent(series, s -> new ArrayList<>())
                        .add(new Candidate(Double.parseDouble(text.trim()), row.position(), raw));
            }
        }

        List<Observation> observations = new ArrayList<>();
        candidates.forEach((ds, bySeries) -> bySeries.forEach((series, copies) -> {
            Set<Double> distinct =
                    copies.stream().map(Candidate::value).collect(Collectors.toCollection(LinkedHashSet::new));
            if (distinct.size() == 1) {
                observations.add(new Observation(series, ds, copies.get(0).value()));
            } else {
                String reason = conflictReason(ds, series, copies);
                for (Candidate copy : copies) {
                    rejected.add(new RejectedRow(copy.position(), ds, series, copy.raw(), reason));
                }
            }
        }));
        observations.sort(Comparator.comparing(Observation::ds).thenComparing(Observation::series));

        int missing = 0;
        for (Set<SeriesId> daySeen : seen.values()) {
            missing += SeriesId.values().length - daySeen.size();
        }
        return new SourceBatch(observations, rejected, missing);
    }

    /** Reads a date as GNI writes it ({@code dd/MM/yyyy}) or as ISO ({@code yyyy-MM-dd}). */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing Date");
        }
        String t = text.trim();
        try {
            if (ISO_DATE.matcher(t).matches()) {
                return LocalDate.parse(t);
            }
            if (GNI_DATE_SHAPE.matcher(t).matches()) {
                return LocalDate.parse(t, GNI_DATE);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date '" + shorten(t) + "': no such day");
        }
        throw new IllegalArgumentException("unreadable date '" + shorten(t) + "': expected dd/MM/yyyy or yyyy-MM-dd");
    }

    private static String problemWith(String text, SeriesId series) {
        if (NON_FINITE.matcher(text).matches()) {
            return "non-finite value " + shorten(text) + " for " + series.sourceColumn();
        }
        if (!DECIMAL.matcher(text).matches()) {
            return "not a number: '" + shorten(text) + "' for " + series.sourceColumn();
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            return "non-finite value " + shorten(text) + " for " + series.sourceColumn();
        }
        if (value < 0) {
            return "negative value " + text + " for " + series.sourceColumn();
        }
        return null;
    }

    private static String conflictReason(LocalDate ds, SeriesId series, List<Candidate> copies) {
        Map<Double, List<String>> positionsByValue = new LinkedHashMap<>();
        for (Candidate copy : copies) {
            positionsByValue
                    .computeIfAbsent(copy.value(), v -> new ArrayList<>())
                    .add(copy.position());
        }
        String values = positionsByValue.entrySet().stream()
                .map(e -> plain(e.getKey()) + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(" vs "));
        return "conflicting values for " + series.sourceColumn() + " on " + ds + ": " + values;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String truncate(String raw) {
        if (raw == null || raw.length() <= MAX_RAW_LENGTH) {
            return raw;
        }
        return raw.substring(0, MAX_RAW_LENGTH - 1) + "…";
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private record Candidate(double value, String position, String raw) {}
}
