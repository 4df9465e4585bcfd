package org.fantastictrain.platform.execution.domain;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/** The requested series is not one the platform knows. */
public class UnknownSeriesException extends RuntimeException {
    public UnknownSeriesException(String series) {
        super("unknown series '" + series + "'; known series: "
                + Arrays.stream(SeriesId.values()).map(SeriesId::id).collect(Collectors.joining(", ")));
    }
}
