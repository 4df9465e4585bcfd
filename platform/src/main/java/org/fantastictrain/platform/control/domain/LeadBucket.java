package org.fantastictrain.platform.control.domain;

import java.util.List;

/** A range of lead times the accuracy is reported for: 1-day, 7-day and the full horizon. */
public record LeadBucket(int fromDay, int toDay) {

    public String label() {
        return fromDay == toDay ? Integer.toString(fromDay) : fromDay + "-" + toDay;
    }

    public boolean contains(int lead) {
        return lead >= fromDay && lead <= toDay;
    }

    public static LeadBucket horizon(int horizonDays) {
        return new LeadBucket(1, horizonDays);
    }

    /** 1 (next day), 7 (a week ahead) and 1-horizon (every lead). */
    public static List<LeadBucket> standard(int horizonDays) {
        return List.of(new LeadBucket(1, 1), new LeadBucket(7, 7), horizon(horizonDays));
    }
}
