package org.fantastictrain.platform.execution.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.InputFrame;
import org.fantastictrain.platform.execution.domain.ModelInput;

/** Answer of {@code POST /api/v1/simulator/input}: one row per day, {@code ds} then every feature. */
@Schema(name = "SimulatorResponse")
@JsonPropertyOrder({"series", "model_version", "algorithm", "training_start", "training_end", "columns", "rows"})
record SimulatorResponse(
        String series,
        @JsonProperty("model_version") int modelVersion,

        @Schema(description = "the champion's algorithm, e.g. prophet, ets, auto")
        String algorithm,

        @JsonProperty("training_start") LocalDate trainingStart,

        @Schema(description = "days after it are forecasts, days up to it in-sample fits") @JsonProperty("training_end")
        LocalDate trainingEnd,

        @Schema(description = "the features, in the model's order (ds excluded)")
        List<String> columns,

        @Schema(description = "one object per day: ds and a value for every column")
        List<Map<String, Object>> rows) {

    static SimulatorResponse of(ModelInput input) {
        InputFrame frame = input.frame();
        List<Map<String, Object>> rows = new ArrayList<>(frame.ds().size());
        for (int i = 0; i < frame.ds().size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ds", frame.ds().get(i).toString());
            double[] values = frame.rows().get(i);
            for (int c = 0; c < frame.columns().size(); c++) {
                row.put(frame.columns().get(c), values[c]);
            }
            rows.add(row);
        }
        return new SimulatorResponse(
                input.series().id(),
                input.modelVersion(),
                input.algorithm(),
                input.trainingStart(),
                input.trainingEnd(),
                frame.columns(),
                rows);
    }
}
