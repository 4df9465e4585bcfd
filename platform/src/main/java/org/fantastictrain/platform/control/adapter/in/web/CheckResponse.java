package org.fantastictrain.platform.control.adapter.in.web;

import java.util.Map;
import org.fantastictrain.platform.control.domain.Check;

/** One evaluated criterion. */
public record CheckResponse(
        String series,
        String criterion,
        Integer windowDays,
        Integer modelVersion,
        Double observed,
        Double threshold,
        Double criticalThreshold,
        String verdict,
        Map<String, Object> detail) {

    public static CheckResponse of(Check c) {
        return new CheckResponse(
                c.series(),
                c.criterion().id(),
                c.windowDays(),
                c.modelVersion(),
                c.observed(),
                c.threshold(),
                c.criticalThreshold(),
                c.verdict().name(),
                c.detail());
    }
}
