package org.fantastictrain.platform.ingest.adapter.out.persistence;

/** Rows to write, pushed one by one into a sink, so millions of rows need no intermediate objects. */
@FunctionalInterface
public interface ObservationRows {

    void writeTo(Sink sink);

    /** Receives rows; series ids must exist in {@code series}, (series, day) pairs must be unique. */
    interface Sink {
        /** @param epochDay the day as {@link java.time.LocalDate#toEpochDay()} */
        void accept(String seriesId, long epochDay, double value);
    }
}
