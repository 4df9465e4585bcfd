package org.fantastictrain.platform.vintage.config;

import org.fantastictrain.platform.registry.application.port.in.ChampionQuery;
import org.fantastictrain.platform.vintage.application.IssueForecastVintageService;
import org.fantastictrain.platform.vintage.application.port.out.ForecastVintageStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the forecast vintage use case; the champion registry is looked up at each issue. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VintageProperties.class)
class VintageConfiguration {

    @Bean
    IssueForecastVintageService issueForecastVintageService(
            ObjectProvider<ChampionQuery> champions, ForecastVintageStore store, VintageProperties properties) {
        ChampionQuery champion = series -> {
            ChampionQuery registry = champions.getIfAvailable();
            if (registry == null) {
                throw new IllegalStateException("no model registry is available in this build");
            }
            return registry.champion(series);
        };
        return new IssueForecastVintageService(champion, store, properties.horizonDays(), properties.intervalWidth());
    }
}
