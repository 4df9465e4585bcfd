package org.fantastictrain.platform.execution.domain;

import org.fantastictrain.forecast.InputFrame;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/** The champion's input frame for some days: exactly the features the model multiplies. */
public record ModelInput(SeriesId series, int modelVersion, InputFrame frame) {}
