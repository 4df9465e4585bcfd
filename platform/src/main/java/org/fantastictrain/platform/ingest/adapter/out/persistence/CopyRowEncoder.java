package org.fantastictrain.platform.ingest.adapter.out.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.copy.CopyIn;

/**
 * Encodes rows in PostgreSQL's COPY text format ({@code series \t day \t value [\t extra]}) into a
 * buffer that is flushed to a {@link CopyIn}. Series ids and days are encoded once and cached.
 */
final class CopyRowEncoder implements ObservationRows.Sink {
    private static final int BUFFER_SIZE = 1 << 16;

    private final CopyIn copy;
    private final byte[] suffix;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private final Map<String, byte[]> seriesBytes = new HashMap<>();
    private final Map<Long, byte[]> dayBytes = new HashMap<>();
    private int length;
    private long rows;
    private SQLException failure;

    /** @param suffix extra columns appended to every row, e.g. {@code \t42\t2024-01-01T00:00:00Z}; may be empty */
    CopyRowEncoder(CopyIn copy, String suffix) {
        this.copy = copy;
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void accept(String seriesId, long epochDay, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value + " for " + seriesId);
        }
        byte[] series = seriesBytes.computeIfAbsent(seriesId, CopyRowEncoder::escaped);
        byte[] day = dayBytes.computeIfAbsent(
                epochDay, d -> LocalDate.ofEpochDay(d).toString().getBytes(StandardCharsets.US_ASCII));
        String number = Double.toString(value);
        int needed = series.length + day.length + number.length() + suffix.length + 3;
        if (length + needed > buffer.length) {
            flush();
        }
        put(series);
        buffer[length++] = '\t';
        put(day);
        buffer[length++] = '\t';
        for (int i = 0; i < number.length(); i++) {
            buffer[length++] = (byte) number.charAt(i);
        }
        put(suffix);
        buffer[length++] = '\n';
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Sends what is buffered; rethrows a failure of an earlier flush. */
    void flush() {
        if (failure != null) {
            throw new IllegalStateException("COPY failed", failure);
        }
        if (length == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer, 0, length);
        } catch (SQLException e) {
            failure = e;
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
        length = 0;
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private static byte[] escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
