package org.fantastictrain.platform.replay.application;

import org.fantastictrain.platform.replay.domain.JobCalendar;

/**
 * @param dailyLoad when the daily-load job fires ({@code ft.jobs.daily-load.cron})
 * @param training when the training job fires ({@code ft.jobs.training.cron})
 * @param dailyForecast when the daily-forecast job fires ({@code ft.jobs.daily-forecast.cron})
 * @param sourceSpec the daily load's source ({@code ft.ingest.daily-source})
 */
public record ReplaySettings(
        JobCalendar dailyLoad, JobCalendar training, JobCalendar dailyForecast, String sourceSpec) {}
