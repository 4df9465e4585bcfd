package org.fantastictrain.platform.scheduling.adapter.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.fantastictrain.platform.scheduling.application.port.in.JobInfo;

/** A job as the API shows it. */
record JobView(
        String name,
        String cron,
        @JsonProperty("quartz_cron") String quartzCron,
        String description,
        @JsonProperty("time_zone") String timeZone,
        boolean enabled,
        @JsonProperty("next_fire_time") String nextFireTime) {

    static JobView of(JobInfo info) {
        return new JobView(
                info.schedule().job().id(),
                info.schedule().cron().expression(),
                info.schedule().cron().quartzExpression(),
                info.schedule().cron().description(),
                info.zone().getId(),
                info.schedule().enabled(),
                info.nextFireTime()
                        .map(t -> t.atZone(info.zone()).toOffsetDateTime().toString())
                        .orElse(null));
    }
}
