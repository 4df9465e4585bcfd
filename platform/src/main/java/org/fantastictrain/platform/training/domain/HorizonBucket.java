package org.fantastictrain.platform.training.domain;

import java.util.ArrayList;
import java.util.List;

/** A range of forecast horizons metrics are reported for, e.g. days 1-7 after the cutoff. */
public record HorizonBucket(int fromDay, int toDay) {

    public String label() {
        return fromDay + "-" + toDay;
    }

    public boolean contains(int horizon) {
        return horizon >= fromDay && horizon <= toDay;
    }

    /** 1-7, 8-14 and 15-horizon (cut where the horizon is shorter). */
    public static List<HorizonBucket> standard(int horizonDays) {
        List<HorizonBucket> buckets = new ArrayList<>();
        int[][] ranges = {{1, 7}, {8, 14}, {15, horizonDays}};
        for (int[] r : ranges) {
            if (r[0] <= horizonDays) {
                buckets.add(new HorizonBucket(r[0], Math.min(r[1], horizonDays)));
            }
        }
        return buckets;
    }
}
