/**
 * The persistent, cluster-safe scheduler of the platform's three jobs.
 *
 * <ul>
 *   <li>{@code daily-load} ({@code ft.jobs.daily-load.cron}, default {@code 0 0 * * *}): the
 *       incremental load up to yesterday of the business clock.
 *   <li>{@code training} ({@code ft.jobs.training.cron}, default {@code 0 0 1,15 * *}): a training
 *       run per series. The seed's example {@code 0 0 15 * *} fires once a month, on the 15th;
 *       "every 15 days" is the 1st and the 15th.
 *   <li>{@code daily-forecast} ({@code ft.jobs.daily-forecast.cron}, default {@code 30 0 * * *}):
 *       each champion's forecast of the next 30 days, stored as a forecast vintage.
 * </ul>
 *
 * <p>Crons are 5-field Unix expressions in the business clock's zone ({@code ft.clock.zone}),
 * converted to Quartz cron; a bad one stops startup with a one-line message naming the property.
 * Quartz runs clustered on the platform's PostgreSQL (JDBC job store, schema by Flyway V20): the
 * instances share the firings and each firing runs on exactly one of them; a job never runs twice
 * at once. <b>Misfire policy:</b> a firing missed while no instance was up runs once as soon as one
 * starts (however many firings were missed), then the job proceeds on its cron. Triggers are kept
 * across restarts, and replaced only when their cron or zone changed. Every run, by cron or by
 * hand, is a row of {@code job_run}.
 */
package org.fantastictrain.platform.scheduling;
