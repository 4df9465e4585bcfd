package org.fantastictrain.platform.registry.adapter.config;

import java.time.Clock;
import org.fantastictrain.platform.registry.application.port.out.CodeVersionPort;
import org.fantastictrain.platform.registry.application.port.out.KnownSeriesPort;
import org.fantastictrain.platform.registry.application.port.out.ModelArtifactCodec;
import org.fantastictrain.platform.registry.application.port.out.ModelRegistryPort;
import org.fantastictrain.platform.registry.application.service.RegistryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the registry service (plain Java) to its adapters. */
@Configuration(proxyBeanMethods = false)
public class RegistryConfig {

    @Bean
    RegistryService registryService(
            ModelRegistryPort store,
            ModelArtifactCodec codec,
            CodeVersionPort codeVersion,
            KnownSeriesPort knownSeries,
            Clock clock,
            @Value("${ft.registry.model-cache-size:256}") int cacheSize) {
        return new RegistryService(store, codec, codeVersion, knownSeries, clock, cacheSize);
    }
}
