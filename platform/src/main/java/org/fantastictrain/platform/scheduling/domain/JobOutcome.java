package org.fantastictrain.platform.scheduling.domain;

import java.util.Map;

/**
 * What a job's work came to: a summary to record, and an error when the run failed.
 *
 * @param summary JSON-friendly values (strings, numbers, booleans, lists and maps of them)
 */
public record JobOutcome(boolean failed, Map<String, Object> summary, String error) {

    public JobOutcome {
        summary = summary == null ? Map.of() : summary;
        if (failed && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a failed outcome needs an error");
        }
    }

    public static JobOutcome succeeded(Map<String, Object> summary) {
        return new JobOutcome(false, summary, null);
    }

    public static JobOutcome failed(Map<String, Object> summary, String error) {
        return new JobOutcome(true, summary, error);
    }
}
