package org.fantastictrain.platform.execution.config;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fantastictrain.platform.execution.application.ChampionCache;
import org.fantastictrain.platform.execution.application.ExecutionSettings;
import org.fantastictrain.platform.execution.application.ForecastService;
import org.fantastictrain.platform.execution.application.port.out.ActualsPort;
import org.fantastictrain.platform.execution.application.port.out.ServedForecastLog;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the execution service's application layer to its adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExecutionProperties.class)
class ExecutionConfiguration {

    @Bean
    ExecutionSettings executionSettings(ExecutionProperties properties) {
        SeriesId series = SeriesId.fromId(properties.defaultSeries())
                .orElseThrow(() -> new IllegalStateException(
                        "ft.execution.default-series: unknown series '" + properties.defaultSeries() + "'"));
        return new ExecutionSettings(
                series, properties.intervalWidth(), properties.maxRangeDays(), properties.championRecheck());
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService championRecheckExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "champion-recheck");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    ChampionCache championCache(
            ObjectProvider<ChampionQuery> championQuery,
            ExecutionSettings settings,
            ExecutorService championRecheckExecutor) {
        // Without a registry in the application, no series has a champion: forecasts answer 409.
        ChampionQuery registry = championQuery.getIfAvailable(() -> series -> Optional.empty());
        return new ChampionCache(registry, settings.championRecheck(), System::nanoTime, championRecheckExecutor);
    }

    @Bean
    ForecastService forecastService(
            ChampionCache championCache,
            ActualsPort actuals,
            ServedForecastLog log,
            ObjectProvider<Clock> clock,
            ExecutionSettings settings) {
        return new ForecastService(championCache, actuals, log, clock.getIfAvailable(Clock::systemUTC), settings);
    }
}
