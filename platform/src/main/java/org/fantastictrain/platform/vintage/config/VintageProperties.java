package org.fantastictrain.platform.vintage.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ft.vintage.horizon-days} (days after the issue date each vintage covers, default 30) and
 * {@code ft.vintage.interval-width} (width of the stored interval, default 0.8).
 */
@ConfigurationProperties("ft.vintage")
public record VintageProperties(
        @DefaultValue("30") int horizonDays,
        @DefaultValue("0.8") double intervalWidth) {}
