package org.fantastictrain.platform.execution.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/simulator/input}. */
@Schema(name = "SimulatorRequest")
record SimulatorRequest(
        @Schema(description = "series id; default corrib_production", example = "corrib_production")
        String series,

        @Schema(
                description = "first day, yyyy-MM-dd",
                example = "2023-07-01",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String from,

        @Schema(
                description = "last day (inclusive), yyyy-MM-dd",
                example = "2023-07-07",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String to) {}
