package org.fantastictrain.platform.execution.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.execution.domain.ServedForecast;

/** Answer of {@code POST /invocations}, as an MLflow pyfunc server returns a DataFrame: one record per input row. */
@Schema(name = "InvocationsResponse")
record InvocationsResponse(List<Prediction> predictions) {

    @Schema(name = "Prediction")
    @JsonPropertyOrder({"ds", "yhat", "yhat_lower", "yhat_upper"})
    record Prediction(
            LocalDate ds,
            double yhat,
            @JsonProperty("yhat_lower") double yhatLower,
            @JsonProperty("yhat_upper") double yhatUpper) {}

    static InvocationsResponse of(ServedForecast served) {
        return new InvocationsResponse(served.points().stream()
                .map(p -> new Prediction(p.ds(), p.yhat(), p.yhatLower(), p.yhatUpper()))
                .toList());
    }
}
