package org.fantastictrain.platform.scheduling.domain;

import java.util.Objects;

/** How one job is configured to fire: its cron, and whether its cron trigger exists at all. */
public record JobSchedule(JobName job, UnixCron cron, boolean enabled) {
    public JobSchedule {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(cron, "cron");
    }
}
