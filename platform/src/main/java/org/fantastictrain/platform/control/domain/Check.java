package org.fantastictrain.platform.control.domain;

import java.util.Map;

/**
 * One criterion evaluated for a series (and window).
 *
 * @param windowDays the window, null for criteria evaluated once per series
 * @param modelVersion the champion when evaluated, null without one
 * @param observed the value compared with the thresholds, null when there was too little data
 * @param threshold the warning threshold
 * @param criticalThreshold the critical threshold, null when the criterion only warns
 * @param detail the numbers behind the verdict (means, p-values, counts)
 */
public record Check(
        String series,
        Criterion criterion,
        Integer windowDays,
        Integer modelVersion,
        Double observed,
        Double threshold,
        Double criticalThreshold,
        Verdict verdict,
        Map<String, Object> detail) {

    public Check {
        detail = detail == null ? Map.of() : detail;
    }
}
