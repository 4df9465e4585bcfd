package org.fantastictrain.platform.execution.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.execution.domain.ForecastPoint;
import org.fantastictrain.platform.execution.domain.ServedForecast;

/** Answer of {@code POST /api/v1/forecasts} and of the CLI's {@code predict --format json}. */
@Schema(name = "ForecastResponse")
@JsonPropertyOrder({"series", "model_version", "generated_at", "interval_width", "request_id", "points"})
public record ForecastResponse(
        String series,
        @JsonProperty("model_version") int modelVersion,
        @JsonProperty("generated_at") Instant generatedAt,
        @JsonProperty("interval_width") double intervalWidth,
        @JsonProperty("request_id") String requestId,
        List<Point> points) {

    /** One day of the forecast. */
    @Schema(name = "ForecastPoint")
    @JsonPropertyOrder({"ds", "kind", "yhat", "yhat_lower", "yhat_upper", "y"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(
            LocalDate ds,

            @Schema(allowableValues = {"fitted", "forecast"})
            String kind,

            double yhat,
            @JsonProperty("yhat_lower") double yhatLower,
            @JsonProperty("yhat_upper") double yhatUpper,

            @Schema(description = "the actual value, where one is stored")
            Double y) {}

    public static ForecastResponse of(ServedForecast served) {
        List<Point> points =
                served.points().stream().map(ForecastResponse::point).toList();
        return new ForecastResponse(
                served.series().id(),
                served.modelVersion(),
                served.generatedAt(),
                served.intervalWidth(),
                served.requestId(),
                points);
    }

    private static Point point(ForecastPoint p) {
        return new Point(p.ds(), p.kind().code(), p.yhat(), p.yhatLower(), p.yhatUpper(), p.y());
    }
}
