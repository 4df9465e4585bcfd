package org.fantastictrain.platform.scheduling.domain;

import java.util.Arrays;
import java.util.Optional;

/** The platform's scheduled jobs, by the name used in configuration, the API and the job store. */
public enum JobName {
    DAILY_LOAD("daily-load"),
    TRAINING("training"),
    DAILY_FORECAST("daily-forecast");

    private final String id;

    JobName(String id) {
        this.id = id;
    }

    /** The name in configuration ({@code ft.jobs.<id>.cron}), the API and the job store. */
    public String id() {
        return id;
    }

    public static Optional<JobName> fromId(String id) {
        return Arrays.stream(values()).filter(j -> j.id.equals(id)).findFirst();
    }
}
