package org.fantastictrain.platform.scheduling.adapter.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import org.fantastictrain.platform.scheduling.domain.JobRun;

/** A job run as the API shows it; times are ISO-8601 instants. */
record JobRunView(
        long id,
        String job,
        String trigger,
        String status,
        @JsonProperty("scheduled_for") String scheduledFor,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        Map<String, Object> summary,
        String error,
        String instance) {

    static JobRunView of(JobRun run) {
        return new JobRunView(
                run.id(),
                run.job().id(),
                run.trigger().id(),
                run.status().name(),
                text(run.scheduledFor()),
                text(run.startedAt()),
                text(run.finishedAt()),
                run.summary(),
                run.error(),
                run.instance());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
