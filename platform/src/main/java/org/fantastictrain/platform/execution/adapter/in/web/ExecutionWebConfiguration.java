package org.fantastictrain.platform.execution.adapter.in.web;

import org.fantastictrain.platform.execution.config.ExecutionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Servlet filters of the execution endpoints. */
@Configuration(proxyBeanMethods = false)
class ExecutionWebConfiguration {

    static final String[] EXECUTION_PATHS = {"/api/v1/forecasts", "/api/v1/simulator/*", "/invocations"};

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> executionBodySizeLimit(ExecutionProperties properties) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxBodyBytes().toBytes()));
        registration.addUrlPatterns(EXECUTION_PATHS);
        // After the API key filter: an unauthorised caller learns nothing about size limits.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
