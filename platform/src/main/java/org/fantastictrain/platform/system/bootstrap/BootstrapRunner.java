package org.fantastictrain.platform.system.bootstrap;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Runs the bootstrap steps once the application has started. Until they are done the
 * {@code bootstrap} health component is OUT_OF_SERVICE, so {@code /actuator/health} is not UP; if a
 * step fails it stays DOWN with the reason.
 */
public class BootstrapRunner implements ApplicationRunner, HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(BootstrapRunner.class);

    private final List<BootstrapStep> steps;
    private volatile Health health =
            Health.status(Status.OUT_OF_SERVICE).withDetail("state", "starting").build();

    public BootstrapRunner(List<BootstrapStep> steps) {
        this.steps = List.copyOf(steps);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (BootstrapStep step : steps) {
            if (!step.needed()) {
                log.info("Bootstrap: {} not needed", step.name());
                continue;
            }
            health = Health.status(Status.OUT_OF_SERVICE)
                    .withDetail("state", "running " + step.name())
                    .build();
            log.info("Bootstrap: running {}", step.name());
            try {
                step.run();
            } catch (RuntimeException e) {
                log.error("Bootstrap: {} failed", step.name(), e);
                health = Health.down()
                        .withDetail("state", step.name() + " failed: " + e.getMessage())
                        .build();
                return;
            }
        }
        health = Health.up().withDetail("state", "done").build();
    }

    @Override
    public Health health() {
        return health;
    }
}
