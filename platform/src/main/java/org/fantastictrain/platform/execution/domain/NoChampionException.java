package org.fantastictrain.platform.execution.domain;

import org.fantastictrain.platform.ingest.domain.SeriesId;

/** The series has no champion model yet, so there is nothing to serve. */
public class NoChampionException extends RuntimeException {
    public NoChampionException(SeriesId series) {
        super("series '" + series.id() + "' has no champion model yet; train one first: run `train --series "
                + series.id() + "` or POST /api/v1/trainings {\"series\":\"" + series.id() + "\"}");
    }
}
