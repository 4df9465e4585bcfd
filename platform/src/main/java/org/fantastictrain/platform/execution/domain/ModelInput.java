package org.fantastictrain.platform.execution.domain;

import java.time.LocalDate;
import org.fantastictrain.forecast.InputFrame;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/**
 * The champion's input frame for some days: exactly the features the model multiplies, with the
 * model's algorithm and training window (a model without explicit features has no columns).
 */
public record ModelInput(
        SeriesId series,
        int modelVersion,
        String algorithm,
        LocalDate trainingStart,
        LocalDate trainingEnd,
        InputFrame frame) {}
