package org.fantastictrain.platform.execution.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/forecasts}. Dates arrive as text so a bad one gets a precise message. */
@Schema(name = "ForecastRequest")
record ForecastRequest(
        @Schema(description = "series id; default corrib_production", example = "corrib_production")
        String series,

        @Schema(
                description = "first day, yyyy-MM-dd",
                example = "2023-07-01",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String from,

        @Schema(
                description = "last day (inclusive), yyyy-MM-dd",
                example = "2023-07-30",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String to,

        @Schema(description = "interval width in (0, 1); default 0.8", example = "0.8") @JsonProperty("interval_width")
        Double intervalWidth) {}
