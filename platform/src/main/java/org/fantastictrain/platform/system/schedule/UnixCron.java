package org.fantastictrain.platform.system.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import org.springframework.scheduling.support.CronExpression;

/**
 * A cron expression as users write it: 5 fields (minute hour day-of-month month day-of-week),
 * e.g. {@code 0 0 * * *}. Validated with cron-utils; Spring's scheduler gets the 6-field form
 * (seconds first).
 */
public record UnixCron(String expression) {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    public UnixCron {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("cron expression is empty");
        }
        expression = expression.strip().replaceAll("\\s+", " ");
        try {
            PARSER.parse(expression).validate();
        } catch (RuntimeException e) { // the parser throws assorted runtime exceptions on garbage
            throw new IllegalArgumentException("invalid cron '" + expression
                    + "': expected 5 fields (minute hour day-of-month month day-of-week), e.g. '0 0 * * *'");
        }
        if (!CronExpression.isValidExpression("0 " + expression)) {
            throw new IllegalArgumentException("cron '" + expression + "' is not supported by the scheduler");
        }
    }

    /** The 6-field expression for Spring's {@code CronTrigger}. */
    public String toSpring() {
        return "0 " + expression;
    }
}
