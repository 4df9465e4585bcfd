package org.fantastictrain.platform.replay.domain;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When a 5-field Unix cron fires on a business day: the first firing of the day, if any. */
public final class JobCalendar {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ExecutionTime execution;
    private final ZoneId zone;

    public JobCalendar(String expression, ZoneId zone) {
        this.expression = expression;
        this.execution = ExecutionTime.forCron(UNIX.parse(expression.trim().replaceAll("\\s+", " ")));
        this.zone = zone;
    }

    public String expression() {
        return expression;
    }

    /** The first firing on {@code day} in the business zone, or empty if the cron does not fire that day. */
    public Optional<ZonedDateTime> firstFiringOn(LocalDate day) {
        ZonedDateTime start = day.atStartOfDay(zone);
        // A firing exactly at midnight counts: look from just before it.
        Optional<ZonedDateTime> next = execution.nextExecution(start.minusSeconds(1));
        return next.filter(t -> t.toLocalDate().equals(day));
    }

    public boolean firesOn(LocalDate day) {
        return firstFiringOn(day).isPresent();
    }

    /** Number of days in {@code from..to} on which it fires. */
    public long firingDays(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(this::firesOn).count();
    }
}
