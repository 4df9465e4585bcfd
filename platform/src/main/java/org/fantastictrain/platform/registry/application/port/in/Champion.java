package org.fantastictrain.platform.registry.application.port.in;

import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.platform.ingest.domain.SeriesId;

/** The current champion of a series: its registry version and the loaded model. */
public record Champion(SeriesId series, int version, FittedModel model) {}
