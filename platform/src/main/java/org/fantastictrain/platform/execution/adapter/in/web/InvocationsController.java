package org.fantastictrain.platform.execution.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.execution.application.port.in.ForecastCommand;
import org.fantastictrain.platform.execution.application.port.in.ForecastUseCase;
import org.fantastictrain.platform.execution.domain.Channel;
import org.fantastictrain.platform.execution.domain.InvalidForecastRequestException;
import org.fantastictrain.platform.execution.domain.ServedForecast;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The MLflow pyfunc scoring endpoint, so scripts written for an MLflow-served Prophet model work unchanged. */
@RestController
@Tag(name = "execution")
class InvocationsController {

    static final String SERIES_HEADER = "X-Series";

    private final ForecastUseCase forecasts;
    private final JsonMapper json;

    InvocationsController(ForecastUseCase forecasts, JsonMapper json) {
        this.forecasts = forecasts;
        this.json = json;
    }

    @PostMapping(path = "/invocations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "MLflow scoring protocol: predictions for the 'ds' column of a DataFrame",
            description = "JSON with 'dataframe_records' or 'dataframe_split' (a 'ds' column), or text/csv with a"
                    + " 'ds' header. One prediction per input row, in input order. Series from the 'series' query"
                    + " parameter or the X-Series header; default corrib_production. Interval width: the default.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        examples = {
                                            @ExampleObject(
                                                    name = "dataframe_records",
                                                    value = ApiExamples.INVOCATIONS_RECORDS),
                                            @ExampleObject(
                                                    name = "dataframe_split",
                                                    value = ApiExamples.INVOCATIONS_SPLIT)
                                        }),
                                @Content(
                                        mediaType = "text/csv",
                                        examples = @ExampleObject(name = "csv", value = ApiExamples.INVOCATIONS_CSV))
                            }),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the predictions",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = InvocationsResponse.class),
                                        examples =
                                                @ExampleObject(
                                                        name = "predictions",
                                                        value = ApiExamples.INVOCATIONS_RESPONSE))),
                @ApiResponse(
                        responseCode = "400",
                        description = "malformed payload or a bad 'ds'",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
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
                @ApiResponse(
                        responseCode = "415",
                        description = "neither JSON nor CSV",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<InvocationsResponse> invocations(
            @RequestBody byte[] body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @Parameter(description = "series id; default corrib_production") @RequestParam(required = false)
                    String series,
            @Parameter(description = "series id, when the query parameter is absent")
                    @RequestHeader(name = SERIES_HEADER, required = false)
                    String seriesHeader,
            @RequestHeader(name = RequestIds.HEADER, required = false) String requestId) {
        MediaType type = mediaType(contentType);
        Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        List<LocalDate> days;
        if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            days = MlflowPayload.days(parse(body));
        } else if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
            days = MlflowPayload.days(new String(body, charset));
        } else {
            throw new UnsupportedBodyTypeException("/invocations reads application/json or text/csv, not " + type);
        }
        String id = RequestIds.from(requestId);
        ServedForecast served = forecasts.forecast(new ForecastCommand(
                series != null ? series : seriesHeader, days, null, false, Channel.INVOCATIONS, id));
        return ResponseEntity.ok().header(RequestIds.HEADER, id).body(InvocationsResponse.of(served));
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new UnsupportedBodyTypeException("missing Content-Type: send application/json or text/csv");
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedBodyTypeException("unreadable Content-Type '" + contentType + "'");
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidForecastRequestException("malformed JSON: " + e.getOriginalMessage());
        }
    }
}
