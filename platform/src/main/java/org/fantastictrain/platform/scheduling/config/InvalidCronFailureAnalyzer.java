package org.fantastictrain.platform.scheduling.config;

import org.fantastictrain.platform.scheduling.domain.InvalidCronException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad cron property into a one-line startup failure instead of a bean-creation trace. */
class InvalidCronFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCronException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCronException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set " + cause.property()
                        + " to a 5-field Unix cron expression, e.g. '0 0 * * *' for every day at midnight.",
                cause);
    }
}
