package org.fantastictrain.platform.ingest.adapter.config;

import java.net.URI;
import java.time.Clock;
import org.fantastictrain.platform.ingest.adapter.out.source.DefaultSourceResolver;
import org.fantastictrain.platform.ingest.application.port.out.LastLoadedDayPort;
import org.fantastictrain.platform.ingest.application.port.out.LoadListener;
import org.fantastictrain.platform.ingest.application.port.out.LoadRunPort;
import org.fantastictrain.platform.ingest.application.port.out.SourceResolver;
import org.fantastictrain.platform.ingest.application.port.out.StoreLoadPort;
import org.fantastictrain.platform.ingest.application.service.DailyLoadService;
import org.fantastictrain.platform.ingest.application.service.LoadDataService;
import org.fantastictrain.platform.ingest.application.service.LoadRunsQueryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the ingestion use cases (plain classes) to their ports. */
@Configuration(proxyBeanMethods = false)
class IngestConfig {

    @Bean
    DefaultSourceResolver sourceResolver(
            @Value("${ft.sources.gni-url:https://www.gasnetworks.ie/corporate/open-data/Daily-Supply-Q2-2024.json}")
                    String gniUrl) {
        return new DefaultSourceResolver(URI.create(gniUrl));
    }

    @Bean
    LoadDataService loadDataService(
            SourceResolver sources,
            LoadRunPort runs,
            StoreLoadPort store,
            Clock clock,
            ObjectProvider<LoadListener> listeners) {
        return new LoadDataService(
                sources, runs, store, clock, listeners.orderedStream().toList());
    }

    @Bean
    DailyLoadService dailyLoadService(
            LoadDataService loads,
            LastLoadedDayPort lastLoaded,
            SourceResolver sources,
            @Value("${ft.ingest.daily-source:bundled}") String sourceSpec,
            Clock clock) {
        return new DailyLoadService(loads, lastLoaded, sources, sourceSpec, clock);
    }

    @Bean
    LoadRunsQueryService loadRunsQueryService(LoadRunPort runs) {
        return new LoadRunsQueryService(runs);
    }
}
