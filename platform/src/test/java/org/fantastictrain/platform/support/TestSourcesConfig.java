package org.fantastictrain.platform.support;

import org.fantastictrain.platform.ingest.adapter.out.source.DefaultSourceResolver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSourcesConfig {

    @Bean
    @Primary
    TestSources testSources(DefaultSourceResolver real) {
        return new TestSources(real);
    }
}
