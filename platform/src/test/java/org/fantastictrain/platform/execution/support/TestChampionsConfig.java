package org.fantastictrain.platform.execution.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the registry's champion lookup with {@link TestChampions}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestChampionsConfig {

    @Bean
    @Primary
    TestChampions testChampions() {
        return new TestChampions();
    }
}
