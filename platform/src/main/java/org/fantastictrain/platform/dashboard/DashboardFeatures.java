package org.fantastictrain.platform.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Which optional endpoints this build serves. Capabilities arrive one by one; the pages show a
 * "not available" state for a missing one instead of calling it and logging a 404.
 */
// Web only: one-shot CLI contexts have no MVC handler mappings.
@ConditionalOnWebApplication
@Component
class DashboardFeatures {
    private static final Map<String, String> FEATURES = Map.of(
            "control", "/api/v1/control/report",
            "alarms", "/api/v1/alarms",
            "replays", "/api/v1/replays");

    private final RequestMappingHandlerMapping mappings;
    private volatile Map<String, Boolean> available;

    DashboardFeatures(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    Map<String, Boolean> available() {
        Map<String, Boolean> result = available;
        if (result == null) {
            Set<String> patterns = mappings.getHandlerMethods().keySet().stream()
                    .flatMap(info -> info.getPatternValues().stream())
                    .collect(Collectors.toSet());
            result = new LinkedHashMap<>();
            for (String name : new String[] {"control", "alarms", "replays"}) {
                result.put(name, patterns.contains(FEATURES.get(name)));
            }
            available = Map.copyOf(result);
        }
        return result;
    }
}
