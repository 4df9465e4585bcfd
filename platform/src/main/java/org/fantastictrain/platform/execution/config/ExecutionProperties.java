package org.fantastictrain.platform.execution.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ft.execution.*}: how forecasts are served and logged.
 *
 * @param defaultSeries the series served when a request names none
 * @param intervalWidth the interval width when a request gives none
 * @param maxRangeDays the most days one request may ask for
 * @param maxBodyBytes the largest request body the execution endpoints accept (413 above it)
 * @param championRecheck how long a cached champion (and the newest observed day of a series) is used
 *     before the database is asked again
 * @param logQueueCapacity served forecasts waiting to be written; beyond it they are dropped and counted
 * @param logBatchSize the most served forecasts written in one transaction
 */
@ConfigurationProperties("ft.execution")
public record ExecutionProperties(
        @DefaultValue("corrib_production") String defaultSeries,
        @DefaultValue("0.8") double intervalWidth,
        @DefaultValue("366") int maxRangeDays,
        @DefaultValue("1MB") DataSize maxBodyBytes,
        @DefaultValue("1s") Duration championRecheck,
        @DefaultValue("10000") int logQueueCapacity,
        @DefaultValue("200") int logBatchSize) {}
