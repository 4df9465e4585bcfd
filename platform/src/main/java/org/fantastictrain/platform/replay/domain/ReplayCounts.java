package org.fantastictrain.platform.replay.domain;

/**
 * What a replay did so far.
 *
 * @param days replayed days
 * @param loads load runs recorded by the daily-load job
 * @param rowsLoaded observations inserted or updated by those loads
 * @param trainings training runs (one per series per training job run)
 * @param promotions training runs whose challenger became champion
 * @param rejections training runs whose challenger was rejected
 * @param alarms alarms that started firing
 */
public record ReplayCounts(
        int days, int loads, long rowsLoaded, int trainings, int promotions, int rejections, int alarms) {

    public static final ReplayCounts ZERO = new ReplayCounts(0, 0, 0, 0, 0, 0, 0);

    public ReplayCounts plus(ReplayCounts o) {
        return new ReplayCounts(
                days + o.days,
                loads + o.loads,
                rowsLoaded + o.rowsLoaded,
                trainings + o.trainings,
                promotions + o.promotions,
                rejections + o.rejections,
                alarms + o.alarms);
    }
}
