package org.fantastictrain.platform.system.bootstrap;

/**
 * One thing {@code serve} does on first start before it reports healthy (unless
 * {@code ft.bootstrap=false}): the initial load today, the first training later. Steps run in
 * {@link org.springframework.core.Ordered} order; a step decides itself whether it is needed.
 */
public interface BootstrapStep {

    String name();

    /** Whether the step has work to do, e.g. the database is empty. */
    boolean needed();

    /** Does the work; an exception marks the bootstrap failed (health DOWN). */
    void run();
}
