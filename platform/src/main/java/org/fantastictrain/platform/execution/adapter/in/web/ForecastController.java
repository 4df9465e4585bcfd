package org.fantastictrain.platform.execution.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fantastictrain.platform.execution.application.port.in.ForecastCommand;
import org.fantastictrain.platform.execution.application.port.in.ForecastUseCase;
import org.fantastictrain.platform.execution.domain.Channel;
import org.fantastictrain.platform.execution.domain.DateRange;
import org.fantastictrain.platform.execution.domain.ServedForecast;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "execution", description = "Forecasts from the current champion model")
class ForecastController {

    private final ForecastUseCase forecasts;

    ForecastController(ForecastUseCase forecasts) {
        this.forecasts = forecasts;
    }

    @PostMapping(path = "/api/v1/forecasts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Forecast a range of days with the champion model",
            description = "One point per day from 'from' to 'to' (inclusive, at most ft.execution.max-range-days)."
                    + " Days up to the end of the champion's training history are in-sample fits (kind 'fitted'),"
                    + " later days are forecasts; stored actuals come as 'y'. Logged for the control service.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ForecastRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "three days",
                                                            value = ApiExamples.FORECAST_REQUEST))),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the forecast",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = ForecastResponse.class),
                                        examples =
                                                @ExampleObject(
                                                        name = "forecast",
                                                        value = ApiExamples.FORECAST_RESPONSE))),
                @ApiResponse(
                        responseCode = "400",
                        description = "malformed JSON, bad or missing dates, from after to,"
                                + " range too long, interval_width outside (0, 1)",
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
                                                        value = ApiExamples.PROBLEM_NO_CHAMPION))),
                @ApiResponse(responseCode = "413", description = "body larger than ft.execution.max-body-bytes"),
                @ApiResponse(responseCode = "415", description = "body is not application/json")
            })
    ResponseEntity<ForecastResponse> forecast(
            @RequestBody ForecastRequest request,
            @RequestHeader(name = RequestIds.HEADER, required = false) String requestId) {
        String id = RequestIds.from(requestId);
        DateRange range = DateRange.parse(request.from(), request.to());
        ServedForecast served = forecasts.forecast(
                ForecastCommand.ofRange(request.series(), range, request.intervalWidth(), Channel.HTTP, id));
        return ResponseEntity.ok().header(RequestIds.HEADER, id).body(ForecastResponse.of(served));
    }
}
