package org.fantastictrain.platform.system.bootstrap;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bootstrap runs unless {@code ft.bootstrap=false} (env {@code FT_BOOTSTRAP}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ft.bootstrap", havingValue = "true", matchIfMissing = true)
public class BootstrapConfig {

    @Bean
    BootstrapRunner bootstrap(ObjectProvider<BootstrapStep> steps) {
        List<BootstrapStep> ordered = steps.orderedStream().toList();
        return new BootstrapRunner(ordered);
    }
}
