package org.fantastictrain.platform.scheduling.domain;

import com.cronutils.descriptor.CronDescriptor;
import com.cronutils.mapper.CronMapper;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.util.Locale;

/**
 * A 5-field Unix cron expression as configured, with its Quartz equivalent (seconds field added,
 * {@code ?} in one of the day fields) and an English description.
 */
public record UnixCron(String expression, String quartzExpression, String description) {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronMapper TO_QUARTZ = CronMapper.fromUnixToQuartz();

    /**
     * Parses a configured expression.
     *
     * @param property the configuration property it came from, named in the error
     * @throws InvalidCronException if it is not a valid 5-field Unix cron that Quartz can run
     */
    public static UnixCron parse(String property, String expression) {
        if (expression == null || expression.isBlank()) {
            throw new InvalidCronException(property, String.valueOf(expression), "it is empty");
        }
        String trimmed = expression.trim().replaceAll("\\s+", " ");
        try {
            Cron unix = UNIX.parse(trimmed);
            unix.validate();
            // Unix cron ORs a restricted day-of-month with a restricted day-of-week; Quartz
            // cannot express that, and the mapper refuses it.
            String quartz = TO_QUARTZ.map(unix).asString();
            String description = CronDescriptor.instance(Locale.UK).describe(unix);
            return new UnixCron(trimmed, quartz, description);
        } catch (RuntimeException e) {
            // cron-utils throws IllegalArgumentException on most bad input, and other runtime
            // exceptions (e.g. ArrayIndexOutOfBoundsException) on some garbage.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidCronException(property, trimmed, reason.replaceAll("\\s+", " "));
        }
    }
}
