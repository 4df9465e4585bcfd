package org.fantastictrain.platform.execution.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fantastictrain.platform.execution.application.port.in.SimulateInputUseCase;
import org.fantastictrain.platform.execution.domain.DateRange;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "execution")
class SimulatorController {

    private final SimulateInputUseCase simulator;

    SimulatorController(SimulateInputUseCase simulator) {
        this.simulator = simulator;
    }

    @PostMapping(path = "/api/v1/simulator/input", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The champion's input frame for a range of days",
            description = "ds and every feature the champion multiplies (trend time index, Fourier terms, holiday"
                    + " flags), so a user sees exactly what goes into the model. Baselines without features return"
                    + " no columns.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = SimulatorRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "two days",
                                                            value = ApiExamples.SIMULATOR_REQUEST))),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the input frame",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = SimulatorResponse.class),
                                        examples =
                                                @ExampleObject(
                                                        name = "input frame",
                                                        value = ApiExamples.SIMULATOR_RESPONSE))),
                @ApiResponse(
                        responseCode = "400",
                        description = "malformed JSON, bad dates or range",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        examples =
                                                @ExampleObject(
                                                        name = "from after to",
                                                        value = ApiExamples.PROBLEM_BAD_RANGE))),
                @ApiResponse(
                        responseCode = "404",
                        description = "unknown series",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        examples =
                                                @ExampleObject(
                                                        name = "unknown series",
                                                        value = ApiExamples.PROBLEM_UNKNOWN_SERIES))),
                @ApiResponse(
                        responseCode = "409",
                        description = "the series has no champion yet",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        examples =
                                                @ExampleObject(
                                                        name = "no champion",
                                                        value = ApiExamples.PROBLEM_NO_CHAMPION)))
            })
    SimulatorResponse input(@RequestBody SimulatorRequest request) {
        return SimulatorResponse.of(
                simulator.simulate(request.series(), DateRange.parse(request.from(), request.to())));
    }
}
