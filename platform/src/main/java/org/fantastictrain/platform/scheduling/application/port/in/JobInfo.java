package org.fantastictrain.platform.scheduling.application.port.in;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.domain.JobSchedule;

/** A job as configured, with the time its cron trigger fires next (empty when disabled). */
public record JobInfo(JobSchedule schedule, ZoneId zone, Optional<Instant> nextFireTime) {}
