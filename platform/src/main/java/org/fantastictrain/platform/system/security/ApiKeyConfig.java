package org.fantastictrain.platform.system.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the API key filter in the web server (not in CLI runs). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ApiKeyConfig {

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(
            @Value("${ft.api-key:}") String configuredKey,
            @Value("${ft.home:./.fantastic-train}") String home,
            @Value("${ft.security.open-paths:}") List<String> openPaths,
            @Value("${ft.security.read-paths:}") List<String> readPaths,
            @Value("${ft.security.protect-reads:false}") boolean protectReads) {
        String key = ApiKeyProvider.resolve(configuredKey, Path.of(home));
        // POSTs that only read (forecasts, simulator, invocations) are open unless reads are protected.
        List<String> open = new ArrayList<>(openPaths);
        if (!protectReads) {
            open.addAll(readPaths);
        }
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(
                new ApiKeyFilter(key, open.stream().filter(p -> !p.isBlank()).toList()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
